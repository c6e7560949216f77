// HTTP load on `next start` with autocannon: the catalog (GET /api/v1/listings), a listing page
// (/v/<business>/<listing>) and booking creation (POST /api/v1/bookings, each request its own
// Idempotency-Key and its own free slot). Pass: no error (5xx, reset or timeout) in any phase; then
// the anonymous API rate limit (set to 20/min) is exceeded on purpose and must answer 429, never 5xx.
// Usage: npm run bench:load -- [--duration 15] [--connections 10] [--port 3233]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DateTime } from 'luxon';
import pg from 'pg';
import { startBenchApp } from './support/app-server';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '15' }, connections: { type: 'string', default: '10' }, port: { type: 'string', default: '3233' } } });
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);

type Row = { phase: string; requests: number; rps: number; p50: number; p99: number; max: number; statuses: Record<string, number>; errors: number };

function row(phase: string, result: autocannon.Result): Row {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number((s as { count: number | string }).count)]));
  const fivexx = Object.entries(statuses).filter(([code]) => code.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
  return { phase, requests: result.requests.total, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, statuses, errors: fivexx + result.errors + result.timeouts };
}

async function main() {
  // Rate limits off for the throughput phases (one client address, one token); on for the last.
  const app = await startBenchApp({ name: 'load_bench', port: Number(values.port), quiet: true, env: { API_RATE_LIMIT: '100000000', API_RATE_LIMIT_ANONYMOUS: '20' } });
  const rows: Row[] = [];
  try {
    const sql = new pg.Client({ connectionString: app.databaseUrl });
    await sql.connect();
    const { rows: [page] } = await sql.query<{ vendor: string; listing: string }>(
      `SELECT v.slug AS vendor, l.slug AS listing FROM "Listing" l JOIN "Vendor" v ON v.id = l."vendorId" WHERE l.status = 'PUBLISHED' AND l.kind = 'RENTAL' ORDER BY l.slug LIMIT 1`,
    );
    const { rows: rentals } = await sql.query<{ id: string; units: number; zone: string }>(
      `SELECT l.id, count(u.id)::int AS units, min(COALESCE(l."timeZone", v."timeZone")) AS zone FROM "Listing" l JOIN "RentalUnit" u ON u."listingId" = l.id JOIN "Vendor" v ON v.id = l."vendorId"
       WHERE l.kind = 'RENTAL' AND l.status = 'PUBLISHED' AND l."bookingMode" = 'INSTANT' AND l."pricingUnit" = 'HOUR' GROUP BY l.id`,
    );
    await sql.end();
    const token = ((await (await fetch(`${app.baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'customer@example.com', password: 'demo-password' }) })).json()) as { access_token: string }).access_token;
    const auth = { authorization: `Bearer ${token}` };
    const run = (phase: string, options: Partial<autocannon.Options>) =>
      autocannon({ connections: CONNECTIONS, duration: DURATION, timeout: 30, ...options, url: app.baseUrl }).then((result) => {
        rows.push(row(phase, result));
        console.log(`  ${phase}: ${JSON.stringify(rows.at(-1))}`);
      });

    await fetch(`${app.baseUrl}/v/${page!.vendor}/${page!.listing}`); // warm the page once
    console.log(`▶ ${CONNECTIONS} connections, ${DURATION} s per phase, next start at ${app.baseUrl}`);
    await run('catalog GET /api/v1/listings', { requests: [{ method: 'GET', path: '/api/v1/listings?limit=24', headers: auth }] });
    await run(`listing page GET /v/${page!.vendor}/${page!.listing}`, { requests: [{ method: 'GET', path: `/v/${page!.vendor}/${page!.listing}` }] });
    // Each booking its own hour on its own listing, so every one can succeed (a 409 would be a bug here).
    let n = 0;
    await run('booking POST /api/v1/bookings', {
      requests: [
        {
          method: 'POST',
          path: '/api/v1/bookings',
          setupRequest: (request) => {
            const i = n++;
            const listing = rentals[i % rentals.length]!;
            const round = Math.floor(i / rentals.length);
            // 10:00–14:00 in the listing's zone (opening hours), a new day every four bookings.
            const start = DateTime.now().setZone(listing.zone).startOf('day').plus({ days: 30 + Math.floor(round / 4), hours: 10 + (round % 4) }).toUTC().toJSDate();
            return {
              ...request,
              headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
              body: JSON.stringify({ listing_id: listing.id, start_at: start.toISOString(), end_at: new Date(start.getTime() + 3_600_000).toISOString(), quantity: 1 }),
            };
          },
        },
      ],
    });
    await run('rate limit: anonymous catalog over 20/min', { duration: 5, requests: [{ method: 'GET', path: '/api/v1/listings?limit=5' }] });
  } finally {
    await app.stop();
  }
  const [catalog, listing, booking, limited] = rows;
  const unexpected = (r: Row | undefined, allowed: string[]) => (r ? Object.entries(r.statuses).filter(([code]) => !allowed.includes(code)).reduce((s, [, c]) => s + c, 0) : 1);
  const ok =
    [catalog, listing, booking].every((r) => r && r.errors === 0) &&
    unexpected(catalog, ['200']) === 0 &&
    unexpected(listing, ['200']) === 0 &&
    unexpected(booking, ['201']) === 0 &&
    !!limited && limited.errors === 0 && (limited.statuses['429'] ?? 0) > 0;
  console.log('| phase | requests | req/s | p50 ms | p99 ms | max ms | statuses | errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.phase} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.max} | ${JSON.stringify(r.statuses)} | ${r.errors} |`);
  console.log(ok ? '✔ PASS: error rate 0; the exceeded rate limit answered 429' : '✖ FAIL');
  process.exitCode = ok ? 0 : 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
