// The catalog cache (lib/catalog/cached-queries.ts) at work: hit rate and time saved, through HTTP
// against the production build (run `npm run build` first) on the demo data.
//   node --conditions=react-server --import tsx bench/cache-bench.ts [--rounds 60] [--write-every 10]
// Starts `next start` twice on an embedded PostgreSQL (.data/cache-bench-postgres): once with the
// cache, once with CATALOG_CACHE=off. Each round requests the home page, search, two storefronts and
// three listing pages; every --write-every rounds a business renames a listing through the API, which
// expires the tags (so the figures include the misses that revalidation causes). The server logs each
// cached read (CATALOG_CACHE_LOG=1): hit or miss and its milliseconds.
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { percentile } from './stats';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '60' }, 'write-every': { type: 'string', default: '10' }, port: { type: 'string', default: '3290' } } });
const rounds = Number(values.rounds);
const writeEvery = Number(values['write-every']);
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const pages = ['/', '/search', '/v/watertrek', '/v/lumiere-salon', '/v/watertrek/double-kayak', '/v/watertrek/sunset-kayak-tour', '/v/lumiere-salon/haircut-and-style'];

type Read = { hit: boolean; name: string; ms: number };

async function startServer(cache: boolean, fresh: boolean): Promise<{ server: ChildProcess; reads: Read[] }> {
  const reads: Read[] = [];
  const server = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts', 'start', '--port', String(port), ...(fresh ? ['--fresh'] : [])], {
    env: {
      ...process.env,
      DEMO_MODE: 'true',
      APP_URL: base,
      EMBEDDED_PG_DIR: '.data/cache-bench-postgres',
      CATALOG_CACHE_LOG: '1',
      CATALOG_CACHE: cache ? 'on' : 'off',
      API_RATE_LIMIT: '100000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  server.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const match = /^catalog-cache (hit|miss|off) (\S+) ([\d.]+)/.exec(line);
      if (match) reads.push({ hit: match[1] === 'hit', name: match[2]!, ms: Number(match[3]) });
    }
  });
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return { server, reads };
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill('SIGTERM');
  throw new Error('the server did not start');
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

async function timed(path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(base + path);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return performance.now() - started;
}

async function run(cache: boolean, fresh: boolean) {
  const { server, reads } = await startServer(cache, fresh);
  try {
    const token = await (await fetch(`${base}/api/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'watertrek@example.com', password: 'demo-password' }) })).json() as { access_token: string };
    const listings = await (await fetch(`${base}/api/v1/listings?q=kayak&limit=100`)).json() as { data: Array<{ id: string; slug: string; title: string }> };
    const kayak = listings.data.find((l) => l.slug === 'double-kayak')!;
    for (const path of pages) await timed(path); // warm-up: compiled routes, filled cache
    reads.length = 0;
    const pageMs: number[] = [];
    let writes = 0;
    for (let round = 1; round <= rounds; round++) {
      for (const path of pages) pageMs.push(await timed(path));
      if (round % writeEvery === 0) {
        writes++;
        const title = writes % 2 ? `${kayak.title} (bench)` : kayak.title;
        const patched = await fetch(`${base}/api/v1/listings/${kayak.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.access_token}` }, body: JSON.stringify({ title }) });
        if (!patched.ok) throw new Error(`PATCH answered ${patched.status}`);
      }
    }
    if (writes % 2) await fetch(`${base}/api/v1/listings/${kayak.id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.access_token}` }, body: JSON.stringify({ title: kayak.title }) });
    return { pageMs, reads: [...reads], writes };
  } finally {
    await stop(server);
  }
}

const ms = (values: number[], p: number) => (values.length ? percentile([...values].sort((a, b) => a - b), p).toFixed(1) : '-');
const mean = (values: number[]) => (values.length ? (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2) : '-');

console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const withCache = await run(true, true);
const without = await run(false, false);
const hits = withCache.reads.filter((r) => r.hit);
const misses = withCache.reads.filter((r) => !r.hit);
console.log(`${rounds} rounds × ${pages.length} pages, a listing renamed every ${writeEvery} rounds (${withCache.writes} writes)`);
console.log(`cached reads: ${withCache.reads.length}, hits ${hits.length}, misses ${misses.length}, hit rate ${((100 * hits.length) / Math.max(1, withCache.reads.length)).toFixed(1)} %`);
console.log(`one cached read: hit mean ${mean(hits.map((r) => r.ms))} ms, miss (database) mean ${mean(misses.map((r) => r.ms))} ms; uncached reads mean ${mean(without.reads.map((r) => r.ms))} ms`);
for (const name of [...new Set(withCache.reads.map((r) => r.name))]) {
  const of = withCache.reads.filter((r) => r.name === name);
  console.log(`  ${name.padEnd(14)} hits ${of.filter((r) => r.hit).length}/${of.length}, hit ${mean(of.filter((r) => r.hit).map((r) => r.ms))} ms, miss ${mean(of.filter((r) => !r.hit).map((r) => r.ms))} ms`);
}
console.log(`page over HTTP with the cache:    p50 ${ms(withCache.pageMs, 50)} ms, p95 ${ms(withCache.pageMs, 95)} ms`);
console.log(`page over HTTP without the cache: p50 ${ms(without.pageMs, 50)} ms, p95 ${ms(without.pageMs, 95)} ms`);
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
