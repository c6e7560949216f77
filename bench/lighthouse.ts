// Lighthouse scores (performance / accessibility / best practices / SEO, mobile emulation) of the
// main public pages of a running production server:
//   npm run build && npm start   (then)   node --import tsx bench/lighthouse.ts [BASE_URL] [--runs 3]
// Targets: performance ≥ 95, the other three 100. Each page runs --runs times (median of the
// performance score: it moves with the machine's load, which is printed; the others do not move).
// Reports land in bench/output/lighthouse/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const base = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? process.env.BASE_URL ?? 'http://localhost:3000';
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1;
const pages = [
  { name: 'home', path: '/' },
  { name: 'search', path: '/search' },
  { name: 'listing', path: '/v/watertrek/sunset-kayak-tour' },
  { name: 'storefront', path: '/v/watertrek' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const outDir = path.join('bench', 'output', 'lighthouse');
mkdirSync(outDir, { recursive: true });

type Audit = { id: string; title: string; score: number | null; numericValue?: number; displayValue?: string };
type Report = { categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>; audits: Record<string, Audit> };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

console.log(`load average before: ${load()}`);
console.log('page'.padEnd(12), 'perf', 'a11y', 'b.p.', 'seo', '  LCP ms', ' TBT ms', '   CLS', ' bfcache');
let missed = 0;
for (const page of pages) {
  const reports: Report[] = [];
  for (let run = 0; run < runs; run++) {
    const output = path.join(outDir, `${page.name}-${run + 1}.json`);
    const result = spawnSync(
      'npx',
      ['lighthouse', base + page.path, '--quiet', '--output=json', `--output-path=${output}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
    );
    if (result.status !== 0) throw new Error(`lighthouse failed on ${page.path}`);
    reports.push(JSON.parse(readFileSync(output, 'utf8')) as Report);
  }
  const score = (category: string) => Math.round(100 * median(reports.map((r) => r.categories[category]!.score)));
  const metric = (id: string) => median(reports.map((r) => r.audits[id]?.numericValue ?? NaN));
  const scores = CATEGORIES.map(score);
  const bfcache = reports.every((r) => r.audits['bf-cache']?.score === 1) ? 'yes' : 'no';
  console.log(
    page.name.padEnd(12),
    ...scores.map((s) => String(s).padStart(4)),
    metric('largest-contentful-paint').toFixed(0).padStart(8),
    metric('total-blocking-time').toFixed(0).padStart(7),
    metric('cumulative-layout-shift').toFixed(3).padStart(6),
    bfcache.padStart(8),
  );
  if (scores[0]! < 95 || scores.slice(1).some((s) => s < 100)) missed++;
  // What costs points outside performance: the failing audits of the last run.
  const last = reports.at(-1)!;
  for (const category of CATEGORIES.slice(1)) {
    for (const ref of last.categories[category]!.auditRefs) {
      const audit = last.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) console.log(`    ${category}: ${audit.title}`);
    }
  }
  if (last.audits['bf-cache']?.score === 0) console.log(`    bfcache: ${last.audits['bf-cache'].displayValue ?? 'blocked'}`);
}
console.log(`load average after: ${load()}`);
if (missed > 0) {
  console.log(`${missed} page(s) below target (performance ≥ 95, others 100)`);
  process.exitCode = 1;
}
