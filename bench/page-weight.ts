// First-load JavaScript of the main public pages, as a browser downloads it (compressed bytes on
// the wire and uncompressed size), beside the framework's floor measured in the same run: a
// hello-world App Router page built with this repo's own next and react (in .data/page-weight-floor,
// rebuilt when the next version changes). Needs a running production server of the app:
//   npm run build && npm start   (then)   node --import tsx bench/page-weight.ts [BASE_URL] [--no-floor]
// Budgets (gzip, as Chromium downloads it): home and search ≤ floor + 10 kB, a listing ≤ floor + 25 kB.
// Brotli: Next.js's own server compresses with gzip only; the brotli column is what the same files
// weigh with brotli (quality 11, as CDNs such as Vercel's serve static files), for comparison.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--')) ?? process.env.BASE_URL ?? 'http://localhost:3000';
const withFloor = !args.includes('--no-floor');
const pages: Array<{ path: string; budget: 'page' | 'listing' | null }> = [
  { path: '/', budget: 'page' },
  { path: '/search', budget: 'page' },
  { path: '/search?category=cars', budget: 'page' },
  { path: '/v/watertrek', budget: 'page' },
  { path: '/v/watertrek/sunset-kayak-tour', budget: 'listing' },
  { path: '/v/watertrek/double-kayak', budget: 'listing' },
  { path: '/v/lumiere-salon/haircut-and-style', budget: 'listing' },
];
const BUDGET_KB = { page: 10, listing: 25 };

type Weight = { files: number; wire: number; raw: number; brotli: number };

async function measure(browser: Browser, url: string): Promise<Weight> {
  const page = await browser.newPage();
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  const scripts = new Map<string, { url: string; wire: number; raw: number }>();
  client.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.set(event.requestId, { url: event.response.url, wire: 0, raw: 0 });
  });
  client.on('Network.dataReceived', (event) => {
    const entry = scripts.get(event.requestId);
    if (entry) entry.raw += event.dataLength;
  });
  client.on('Network.loadingFinished', (event) => {
    const entry = scripts.get(event.requestId);
    if (entry) entry.wire = event.encodedDataLength;
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  let brotli = 0;
  for (const script of scripts.values()) {
    const body = Buffer.from(await (await fetch(script.url)).arrayBuffer());
    brotli += brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  await page.close();
  const sum = [...scripts.values()].reduce((s, x) => ({ wire: s.wire + x.wire, raw: s.raw + x.raw }), { wire: 0, raw: 0 });
  return { files: scripts.size, ...sum, brotli };
}

/** Builds (once per next version) and starts the hello-world app; returns its URL and process. */
async function startFloor(): Promise<{ url: string; server: ChildProcess }> {
  const root = process.cwd();
  const dir = path.join(root, '.data', 'page-weight-floor');
  const require = createRequire(path.join(root, 'package.json'));
  const nextBin = require.resolve('next/dist/bin/next');
  const version = (JSON.parse(readFileSync(require.resolve('next/package.json'), 'utf8')) as { version: string }).version;
  const stamp = path.join(dir, 'built-with-next');
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  writeFileSync(path.join(dir, 'app', 'layout.jsx'), 'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n');
  writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Page() {\n  return <h1>Hello, world</h1>;\n}\n');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== version || !existsSync(path.join(dir, '.next', 'BUILD_ID'))) {
    console.log(`building the floor page with next ${version} …`);
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' };
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: dir, stdio: 'inherit', env });
    if (build.status !== 0) throw new Error('the floor build failed');
    writeFileSync(stamp, version);
  }
  const port = 3900 + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, server };
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('the floor server did not start');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
});
let floor: Weight | null = null;
let floorServer: ChildProcess | null = null;
let over = 0;
try {
  console.log('page'.padEnd(40), 'js files', 'gzip kB', 'raw kB', 'brotli kB', 'over floor', 'budget');
  if (withFloor) {
    const started = await startFloor();
    floorServer = started.server;
    floor = await measure(browser, started.url);
    console.log('(floor: hello world)'.padEnd(40), String(floor.files).padStart(8), kb(floor.wire).padStart(7), kb(floor.raw).padStart(6), kb(floor.brotli).padStart(9));
  }
  const totals = { wire: 0, brotli: 0 };
  for (const { path: pagePath, budget } of pages) {
    const weight = await measure(browser, base + pagePath);
    totals.wire += weight.wire;
    totals.brotli += weight.brotli;
    const extra = floor ? weight.wire - floor.wire : null;
    const limit = budget ? BUDGET_KB[budget] : null;
    const ok = extra == null || limit == null ? '' : extra / 1024 <= limit ? `ok (≤ ${limit})` : `OVER (> ${limit})`;
    if (ok.startsWith('OVER')) over++;
    console.log(pagePath.padEnd(40), String(weight.files).padStart(8), kb(weight.wire).padStart(7), kb(weight.raw).padStart(6), kb(weight.brotli).padStart(9), (extra == null ? '' : `+${kb(extra)}`).padStart(10), ok);
  }
  console.log(`brotli instead of gzip: ${kb(totals.wire - totals.brotli)} kB less over these pages (${(100 * (1 - totals.brotli / totals.wire)).toFixed(0)} %)`);
} finally {
  await browser.close();
  floorServer?.kill();
}
if (over > 0) {
  console.log(`${over} page(s) over budget`);
  process.exitCode = 1;
}
