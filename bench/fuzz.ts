// The fuzzer over HTTP: ≥ 10,000 generated hostile inputs (malformed JSON, wrong types, huge
// strings, unicode, boundary dates and numbers, other businesses' ids) against `next start`:
// every /api/v1 operation (generated from /api/v1/openapi.json), every other route handler, the
// pages that read ids and query strings, and every server action of the build.
// Pass: no 5xx (nor a server action's "internal" failure), no rows changed by refused inputs,
// the server still up.   Usage: npm run bench:fuzz -- [--count 10000] [--port 3213] [--seed N]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import pg from 'pg';
import { installChangeLog, unexpectedChanges } from './fuzz/change-log';
import { apiOperations, hostileNumbers, hostileStrings, otherTargets, sampleRequests, type FuzzRequest, type FuzzWorld } from './fuzz/inputs';
import { startBenchApp } from './support/app-server';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, port: { type: 'string', default: '3213' }, seed: { type: 'string', default: String(Date.now() % 1_000_000) } } });
const COUNT = Number(values.count);
const SEED = Number(values.seed);

async function worldFrom(databaseUrl: string, baseUrl: string): Promise<FuzzWorld> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const idsOf = async (ownerEmail: string) => {
    const { rows: [vendor] } = await db.query<{ slug: string }>(
      `SELECT v.slug FROM "Vendor" v JOIN "VendorMember" m ON m."vendorId" = v.id JOIN "User" u ON u.id = m."userId" WHERE u.email = $1 AND m.role = 'OWNER'`,
      [ownerEmail],
    );
    const slug = vendor!.slug;
    const { rows } = await db.query<{ id: string }>(
      `SELECT l.id FROM "Listing" l JOIN "Vendor" v ON v.id = l."vendorId" WHERE v.slug = $1
       UNION ALL SELECT u.id FROM "RentalUnit" u JOIN "Listing" l ON l.id = u."listingId" JOIN "Vendor" v ON v.id = l."vendorId" WHERE v.slug = $1
       UNION ALL SELECT s.id FROM "ListingSession" s JOIN "Listing" l ON l.id = s."listingId" JOIN "Vendor" v ON v.id = l."vendorId" WHERE v.slug = $1
       UNION ALL SELECT b.id FROM "Booking" b JOIN "Vendor" v ON v.id = b."vendorId" WHERE v.slug = $1
       UNION ALL SELECT m.id FROM "StaffMember" m JOIN "Vendor" v ON v.id = m."vendorId" WHERE v.slug = $1
       UNION ALL SELECT v.id FROM "Vendor" v WHERE v.slug = $1`,
      [slug],
    );
    return rows.map((r) => r.id);
  };
  const { rows: slugs } = await db.query<{ slug: string }>(`SELECT slug FROM "Vendor" UNION ALL (SELECT slug FROM "Listing" LIMIT 10)`);
  const world: FuzzWorld = { ownIds: await idsOf('watertrek@example.com'), otherIds: await idsOf('phuket@example.com'), slugs: slugs.map((s) => s.slug), credentials: { anonymous: null } };
  await db.end();
  for (const [name, email] of [['customer', 'customer@example.com'], ['ownerA', 'watertrek@example.com'], ['ownerB', 'phuket@example.com'], ['operator', 'operator@example.com']] as const) {
    const response = await fetch(`${baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'demo-password' }) });
    const body = (await response.json()) as { access_token?: string };
    if (body.access_token) world.credentials[name] = body.access_token;
  }
  world.credentials.garbage = 'bk_live_notarealkeyatall000000000000';
  return world;
}

/** A signed-in browser's cookies (Auth.js credentials sign-in), for pages and server actions. */
async function sessionCookie(baseUrl: string, email: string): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password: 'demo-password' }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.includes('session-token='));
  return session ?? null;
}

/** Every server action of the build, posted to a page that carries it, with generated arguments. */
function actionTargets(world: FuzzWorld, baseUrl: string): Array<{ target: string; arbitrary: fc.Arbitrary<FuzzRequest> }> {
  const manifest = JSON.parse(readFileSync(`${process.env.NEXT_DIST_DIR || '.next'}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const anyId = fc.oneof(fc.constantFrom(...world.ownIds, ...world.otherIds), fc.uuid());
  const value = fc.oneof(fc.constantFrom<unknown>(...hostileStrings, ...hostileNumbers, null, true, [], {}), anyId, fc.string({ maxLength: 20 }));
  const fields = fc.dictionary(
    fc.constantFrom('id', 'bookingId', 'listingId', 'token', 'email', 'password', 'name', 'startAt', 'endAt', 'date', 'quantity', 'amount', 'priceAmount', 'reason', 'code', 'currency', 'rating', 'slug', 'role', 'capacity', 'units'),
    value,
    { maxKeys: 6 },
  );
  const args = fc.oneof(fc.tuple(fields), fc.tuple(fc.constant(null), fields), fc.tuple(fields, fields), fc.tuple(value), fc.array(value, { maxLength: 3 }));
  return Object.entries(manifest.node).map(([id, action]) => {
    const page = Object.keys(action.workers).find((w) => w.endsWith('/page')) ?? 'app/page';
    const path = page.replace(/^app/, '').replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '').replace(/\[\.\.\.[^\]]+\]/g, 'x').replace(/\[[^\]]+\]/g, world.ownIds[0]!) || '/';
    const target = `ACTION ${action.filename}#${action.exportedName}`;
    return {
      target,
      arbitrary: fc.tuple(args, fc.constantFrom(...Object.keys(world.credentials))).map(([a]) => ({
        target,
        method: 'POST',
        path,
        headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', origin: baseUrl, accept: 'text/x-component' },
        // A string starting with "$" is a reference in React's reply encoding; a browser sends it as "$$…".
        body: JSON.stringify(a, (_key, v: unknown) => (typeof v === 'string' && v.startsWith('$') ? `$${v}` : v)),
      })),
    };
  });
}

type Outcome = { target: string; status: number; detail: string };

async function main() {
  const started = Date.now();
  console.log(`▶ Fuzzing with seed ${SEED}: starting next start on a fresh demo database…`);
  const app = await startBenchApp({ name: 'fuzz_bench', port: Number(values.port), quiet: true, env: { API_RATE_LIMIT: '10000000', API_RATE_LIMIT_ANONYMOUS: '10000000' } });
  const failures: Outcome[] = [];
  const byTarget = new Map<string, Record<string, number>>();
  try {
    const world = await worldFrom(app.databaseUrl, app.baseUrl);
    const doc = await (await fetch(`${app.baseUrl}/api/v1/openapi.json`)).json();
    const api = apiOperations(doc, world);
    const targets = [...api, ...otherTargets(world), ...actionTargets(world, app.baseUrl)];
    const requests = sampleRequests(targets, COUNT, SEED);
    console.log(`▶ ${requests.length} inputs over ${targets.length} targets (${api.length} API operations)`);
    const browsers: Array<string | null> = [null];
    for (const email of ['watertrek@example.com', 'customer@example.com', 'phuket@example.com', 'operator@example.com']) browsers.push(await sessionCookie(app.baseUrl, email));
    console.log(`▶ Signed-in browsers: ${browsers.filter(Boolean).length} of 4`);
    const log = await installChangeLog(app.databaseUrl);
    let done = 0;
    for (const request of requests) {
      const cookie = request.path.startsWith('/api/') ? null : browsers[done % browsers.length];
      if (cookie) request.headers.cookie = cookie;
      const before = await log.mark();
      let status = 0;
      let text = '';
      try {
        const response = await fetch(`${app.baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // A client-side refusal to send (an invalid URL) is not an answer: count it apart.
        if (error instanceof TypeError && !String(error.cause ?? '').includes('ECONNRE')) status = -1;
        else status = 599;
        text = String(error);
      }
      const isAction = request.target.startsWith('ACTION');
      const internal = isAction && /"code":"INTERNAL"/.test(text);
      const refused = status >= 400 || (isAction && /"ok":false/.test(text));
      const counts = byTarget.get(request.target) ?? {};
      const bucket = status === -1 ? 'unsent' : internal ? 'internal' : `${Math.floor(status / 100)}xx`;
      counts[bucket] = (counts[bucket] ?? 0) + 1;
      byTarget.set(request.target, counts);
      if (status >= 500 || internal) failures.push({ target: request.target, status, detail: `${request.method} ${request.path.slice(0, 160)} body=${(request.body ?? '').slice(0, 160)} → ${text.slice(0, 200)}` });
      if (refused) {
        const changed = unexpectedChanges(await log.since(before));
        if (Object.keys(changed).length > 0) failures.push({ target: request.target, status, detail: `changed ${JSON.stringify(changed)} on a refused ${request.method} ${request.path.slice(0, 160)} body=${(request.body ?? '').slice(0, 200)}` });
      } else if (status > 0 && status < 400) {
        await new Promise((resolve) => setTimeout(resolve, 50)); // let after-response work of an accepted request settle
      }
      if (++done % 1000 === 0) console.log(`  ${done} / ${requests.length}  (${failures.length} findings)`);
    }
    await log.close();
    const health = await fetch(`${app.baseUrl}/api/health`).then((r) => r.status).catch(() => 0);
    const alive = app.process().exitCode === null && health === 200;
    const totals: Record<string, number> = {};
    for (const counts of byTarget.values()) for (const [k, v] of Object.entries(counts)) totals[k] = (totals[k] ?? 0) + v;
    const report = { seed: SEED, inputs: requests.length, targets: targets.length, apiOperations: api.length, totals, findings: failures, serverUp: alive, seconds: Math.round((Date.now() - started) / 1000), byTarget: Object.fromEntries(byTarget) };
    mkdirSync('bench/output', { recursive: true });
    writeFileSync('bench/output/fuzz.json', JSON.stringify(report, null, 2));
    console.log(`▶ ${requests.length} inputs, ${targets.length} targets, answers ${JSON.stringify(totals)}, server up: ${alive}, ${report.seconds} s`);
    for (const f of failures.slice(0, 40)) console.log(`  ✖ ${f.status} ${f.target}: ${f.detail}`);
    console.log(failures.length === 0 && alive ? '✔ PASS: no 5xx, no rows changed by refused inputs, server up' : `✖ FAIL: ${failures.length} findings (bench/output/fuzz.json)`);
    process.exitCode = failures.length === 0 && alive ? 0 : 1;
  } finally {
    await app.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
