import 'server-only';
import Stripe from 'stripe';
import { isDemoMode } from '@/lib/config/demo-mode';

// Which payment provider runs: Stripe when STRIPE_SECRET_KEY is set, else the built-in test
// checkout (no account, no real money) that drives the same webhook code with signed events.
// In production the test checkout needs DEMO_MODE=true (or PAYMENTS_TEST_MODE=true).

export type PaymentsConfig = {
  mode: 'stripe' | 'test';
  /** The provider value stored on payments and provider events. */
  provider: 'STRIPE' | 'TEST';
  secretKey: string;
  webhookSecret: string;
  /** STRIPE_API_BASE, e.g. http://127.0.0.1:12111 for a local fake Stripe in tests. */
  apiBase?: string;
};

/** Signs the test checkout's events when STRIPE_WEBHOOK_SECRET is unset; never accepted with real keys. */
export const DEV_WEBHOOK_SECRET = 'whsec_bookwell_test_mode_not_secret';

export function paymentsConfig(env: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const secretKey = env.STRIPE_SECRET_KEY?.trim();
  const apiBase = env.STRIPE_API_BASE?.trim() || undefined;
  if (!secretKey) {
    // A production deploy without keys must not let anyone "pay" with the test checkout.
    if (env.NODE_ENV === 'production' && env.PAYMENTS_TEST_MODE !== 'true' && !isDemoMode(env)) {
      throw new Error('Online payments are not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (or DEMO_MODE=true for a demo).');
    }
    return { mode: 'test', provider: 'TEST', secretKey: 'sk_test_bookwell_offline', webhookSecret: env.STRIPE_WEBHOOK_SECRET?.trim() || DEV_WEBHOOK_SECRET, apiBase };
  }
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim();
  if (!webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET must be set together with STRIPE_SECRET_KEY.');
  return { mode: 'stripe', provider: 'STRIPE', secretKey, webhookSecret, apiBase };
}

/** A Stripe client without telemetry; STRIPE_API_BASE points it elsewhere (a fake server in tests). */
export function stripeClient(config: Pick<PaymentsConfig, 'secretKey' | 'apiBase'>): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : null;
  return new Stripe(config.secretKey, {
    telemetry: false,
    maxNetworkRetries: 2,
    timeout: 20_000,
    ...(base
      ? { host: base.hostname, port: base.port || (base.protocol === 'http:' ? 80 : 443), protocol: base.protocol === 'http:' ? 'http' : 'https' }
      : {}),
  });
}
