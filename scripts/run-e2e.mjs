// The browser suite, as `npm run test:e2e` runs it: the main specs in two halves at once (Playwright
// shards), each against its own `next start` and fresh embedded database, so both cores work while
// one browser waits on the other's server. The first half's server builds the app; the second starts
// once that build serves. Then the delivery spec (real SMTP, playwright.delivery.config.ts).
// Arguments (e.g. one spec file) run a single unsharded pass instead: npm run test:e2e -- e2e/x.spec.ts
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const SHARDS = [
  { name: '1/2', port: 3100, pgDir: '.data/e2e-postgres', build: true },
  { name: '2/2', port: 3110, pgDir: '.data/e2e-postgres-2', build: false },
];

function run(args, env = {}, prefix = '') {
  const child = spawn('npx', ['playwright', 'test', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(prefix + line));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ child, code: code ?? 1 })));
}

async function serves(port) {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

async function mainSuiteInShards() {
  const [first, second] = SHARDS;
  const shardEnv = (shard) => ({
    E2E_PORT: String(shard.port),
    E2E_PG_DIR: shard.pgDir,
    E2E_BUILD: shard.build ? '1' : '0',
    E2E_OUTPUT_DIR: `test-results/shard-${shard.name[0]}`,
    E2E_REPORT_DIR: `playwright-report/shard-${shard.name[0]}`,
  });
  let firstDone = false;
  const firstRun = run([`--shard=${first.name}`], shardEnv(first), '[1] ').finally(() => (firstDone = true));
  // The second half needs the build the first half's server makes.
  while (!firstDone && !(await serves(first.port))) await new Promise((resolve) => setTimeout(resolve, 2000));
  const secondRun = run([`--shard=${second.name}`], shardEnv(second), '[2] ');
  const results = await Promise.all([firstRun, secondRun]);
  return results.every((result) => result.code === 0);
}

const extraArgs = process.argv.slice(2);
let ok;
if (extraArgs.length > 0) {
  ok = (await run(extraArgs)).code === 0;
} else {
  const mainOk = await mainSuiteInShards();
  const deliveryOk = (await run(['-c', 'playwright.delivery.config.ts'], { E2E_BUILD: '0' }, '[delivery] ')).code === 0;
  ok = mainOk && deliveryOk;
}
console.log(ok ? '✔ Browser tests passed' : '✖ Browser tests failed');
process.exit(ok ? 0 : 1);
