// Demo mode: known accounts with a published password, pretend businesses and the built-in test
// checkout. It is never on by accident in production: `npm run dev` on the embedded database turns
// it on; anywhere else it takes DEMO_MODE=true, and every page then says it is a demo.

type Env = Record<string, string | undefined>;

/** Whether this deployment runs as a demo (the launcher or the operator sets DEMO_MODE). */
export function isDemoMode(env: Env = process.env): boolean {
  return env.DEMO_MODE === 'true';
}

/** The launcher's decision: an explicit DEMO_MODE wins; otherwise only development on the embedded database. */
export function demoModeFor(env: Env, launch: { mode: 'dev' | 'start'; embeddedDatabase: boolean }): boolean {
  if (env.DEMO_MODE === 'true' || env.DEMO_MODE === 'false') return env.DEMO_MODE === 'true';
  return launch.mode === 'dev' && launch.embeddedDatabase;
}

/** Demo accounts may be seeded in development, and in production only when DEMO_MODE=true says so. */
export function demoSeedRefusal(env: Env = process.env): string | null {
  if (env.NODE_ENV !== 'production' || isDemoMode(env)) return null;
  return 'Refusing to seed demo accounts (known password) into a production deployment. Set DEMO_MODE=true if this really is a demo.';
}
