// Crash test: SIGKILL `next start` in the middle of a burst of bookings and payments, start it
// again, and let the clients retry what failed (same Idempotency-Key, same signed provider event),
// as real clients and Stripe do. Then check: no partial booking, no booking twice for one key,
// no payment applied twice, every outbox delivery made exactly once, and every unpaid hold still
// expires.   Usage: npm run bench:crash -- [--workers 6] [--kill-after 4000] [--port 3223]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import pg from 'pg';
import Stripe from 'stripe';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { createPrismaClient } from '@/lib/db/prisma';
import { DEV_WEBHOOK_SECRET } from '@/lib/payments/config';
import { testEvent } from '@/lib/payments/test-checkout';
import { decodeTestSession } from '@/lib/payments/test-session';
import { startBenchApp } from './support/app-server';

const { values } = parseArgs({ options: { workers: { type: 'string', default: '6' }, 'kill-after': { type: 'string', default: '8000' }, 'burst-ms': { type: 'string', default: '20000' }, port: { type: 'string', default: '3223' } } });
const WORKERS = Number(values.workers);
const signer = new Stripe('sk_test_signing_only', { telemetry: false });

type Attempt = { kind: 'book' | 'checkout' | 'pay'; run: () => Promise<Response> };

async function main() {
  const app = await startBenchApp({ name: 'crash_bench', port: Number(values.port), quiet: true, env: { API_RATE_LIMIT: '10000000', API_RATE_LIMIT_ANONYMOUS: '10000000' } });
  const sql = new pg.Client({ connectionString: app.databaseUrl });
  await sql.connect();
  const figures = { bookingsAttempted: 0, bookingsMade: 0, paymentsAttempted: 0, failedInFlight: 0, retried: 0, conflicts: 0, restartMs: 0 };
  try {
    const token = ((await (await fetch(`${app.baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'customer@example.com', password: 'demo-password' }) })).json()) as { access_token: string }).access_token;
    // Instant-book rentals paid online in full, by the hour: each booking its own free hour far ahead.
    const { rows: listings } = await sql.query<{ id: string; units: number; zone: string }>(
      `SELECT l.id, count(u.id)::int AS units, min(COALESCE(l."timeZone", v."timeZone")) AS zone FROM "Listing" l JOIN "RentalUnit" u ON u."listingId" = l.id JOIN "Vendor" v ON v.id = l."vendorId"
       WHERE l.kind = 'RENTAL' AND l.status = 'PUBLISHED' AND l."bookingMode" = 'INSTANT' AND l."paymentMode" = 'ONLINE_FULL' GROUP BY l.id`,
    );
    if (listings.length === 0) throw new Error('No instant, online-paid rental in the demo data');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    let slot = 0;
    const nextSlot = () => {
      const n = slot++;
      const listing = listings[n % listings.length]!;
      const round = Math.floor(n / listings.length);
      // 10:00–14:00 in the listing's own zone (inside opening hours), a new day every four.
      const local = DateTime.now().setZone(listing.zone).startOf('day').plus({ days: 20 + Math.floor(round / 4), hours: 10 + (round % 4) });
      return { listing, start: local.toUTC().toJSDate() };
    };

    const failed: Attempt[] = [];
    const refusals: Record<string, number> = {};
    const retryStatuses: Record<number, number> = {};
    const seenBookings = new Map<string, string>(); // idempotency key → booking id
    const call = async (attempt: Attempt): Promise<Response | null> => {
      try {
        return await attempt.run();
      } catch {
        figures.failedInFlight += 1;
        failed.push(attempt);
        return null;
      }
    };

    /** Book, start the checkout, pay it: each step retried later with the same key/event if the server died under it. */
    const journey = async () => {
      const { listing, start } = nextSlot();
      const key = randomUUID();
      figures.bookingsAttempted += 1;
      const book: Attempt = {
        kind: 'book',
        run: () =>
          fetch(`${app.baseUrl}/api/v1/bookings`, {
            method: 'POST',
            headers: { ...auth, 'idempotency-key': key },
            body: JSON.stringify({ listing_id: listing.id, start_at: start.toISOString(), end_at: new Date(start.getTime() + 3_600_000).toISOString(), quantity: 1 }),
          }),
      };
      const booked = await call(book);
      if (!booked) return;
      if (booked.status === 409) return void (figures.conflicts += 1);
      const booking = (await booked.json()) as { id?: string; detail?: string };
      if (!booking.id) return void (refusals[`${booked.status} ${booking.detail ?? ''}`.slice(0, 120)] = (refusals[`${booked.status} ${booking.detail ?? ''}`.slice(0, 120)] ?? 0) + 1);
      seenBookings.set(key, booking.id);
      const checkoutKey = randomUUID();
      const checkout = await call({ kind: 'checkout', run: () => fetch(`${app.baseUrl}/api/v1/bookings/${booking.id}/checkout`, { method: 'POST', headers: { ...auth, 'idempotency-key': checkoutKey }, body: '{}' }) });
      if (!checkout?.ok) return;
      const { url } = (await checkout.json()) as { url: string };
      const session = decodeTestSession(url.split('/pay/test-checkout/')[1]!, DEV_WEBHOOK_SECRET)!;
      const payload = JSON.stringify(testEvent(session, 'pay', new Date()));
      const signature = signer.webhooks.generateTestHeaderString({ payload, secret: DEV_WEBHOOK_SECRET });
      figures.paymentsAttempted += 1;
      await call({ kind: 'pay', run: () => fetch(`${app.baseUrl}/api/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload }) });
    };

    const { rows: [clock] } = await sql.query<{ at: string }>(`SELECT now()::text AS at`);
    // The burst: WORKERS clients in a loop; the server is killed (SIGKILL) in the middle of it.
    const burstEnds = Date.now() + Number(values['burst-ms']);
    let down = false;
    const workers = Array.from({ length: WORKERS }, async () => {
      while (Date.now() < burstEnds) {
        if (down) await new Promise((resolve) => setTimeout(resolve, 100));
        else await journey();
      }
    });
    await new Promise((resolve) => setTimeout(resolve, Number(values['kill-after'])));
    down = true;
    await app.kill('SIGKILL');
    console.log(`▶ SIGKILL after ${values['kill-after']} ms with ${figures.bookingsAttempted} bookings attempted`);
    figures.restartMs = await app.restart();
    down = false;
    await Promise.all(workers);

    // Clients retry what failed, with the same Idempotency-Key or the same signed event.
    for (const attempt of failed.splice(0)) {
      figures.retried += 1;
      let response = await attempt.run();
      // "Still running" (409) is what a killed request's claim says until it is abandoned (2 min): wait like a patient client.
      for (let waited = 0; response.status === 409 && attempt.kind !== 'pay' && waited < 150_000; waited += 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        response = await attempt.run();
      }
      retryStatuses[response.status] = (retryStatuses[response.status] ?? 0) + 1;
      if (attempt.kind === 'book' && response.ok) {
        const booking = (await response.json()) as { id: string };
        seenBookings.set(randomUUID(), booking.id);
      }
    }
    // The safety-net cron delivers what the killed server's after-response kicks never did.
    for (let i = 0; i < 10; i++) {
      const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxDelivery" WHERE status = 'PENDING'`);
      const { rows: messages } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status = 'PENDING'`);
      if (rows[0]!.n === 0 && messages[0]!.n === 0) break;
      await fetch(`${app.baseUrl}/api/cron/outbox`, { headers: { authorization: `Bearer ${app.cronSecret}` } });
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }

    const one = async (query: string) => (await sql.query<{ n: number }>(query)).rows[0]!.n;
    const since = `"createdAt" >= '${clock!.at}'::timestamptz`; // the burst's bookings only, not the demo data's
    figures.bookingsMade = await one(`SELECT count(*)::int AS n FROM "Booking" WHERE ${since}`);
    const checks = {
      'bookings without an allocation (partial booking)': await one(`SELECT count(*)::int AS n FROM "Booking" b WHERE ${since} AND NOT EXISTS (SELECT 1 FROM "BookingAllocation" a WHERE a."bookingId" = b.id)`),
      'bookings without their creation event': await one(`SELECT count(*)::int AS n FROM "Booking" b WHERE ${since} AND NOT EXISTS (SELECT 1 FROM "BookingEvent" e WHERE e."bookingId" = b.id)`),
      'bookings without an outbox message': await one(`SELECT count(*)::int AS n FROM "Booking" b WHERE ${since} AND NOT EXISTS (SELECT 1 FROM "OutboxMessage" o WHERE o."bookingId" = b.id)`),
      'bookings the clients never saw (a key booked twice)': figures.bookingsMade - new Set(seenBookings.values()).size,
      'bookings paid twice (more than one successful charge)': await one(`SELECT count(*)::int AS n FROM (SELECT "bookingId" FROM "Payment" WHERE kind = 'CHARGE' AND status = 'SUCCEEDED' GROUP BY "bookingId" HAVING count(*) > 1) x`),
      'paid amount not equal to the charges': await one(`SELECT count(*)::int AS n FROM "Booking" b WHERE ${since} AND b."paidAmount" <> COALESCE((SELECT sum(amount) FROM "Payment" p WHERE p."bookingId" = b.id AND p.kind = 'CHARGE' AND p.status = 'SUCCEEDED'), 0)`),
      'outbox messages not delivered (lost)': await one(`SELECT count(*)::int AS n FROM "OutboxMessage" WHERE status <> 'DONE'`),
      'outbox deliveries not sent': await one(`SELECT count(*)::int AS n FROM "OutboxDelivery" WHERE status <> 'SENT'`),
      'emails sent twice for one booking and subject (doubled)': await one(`SELECT count(*)::int AS n FROM (SELECT 1 FROM "EmailMessage" WHERE "bookingId" IS NOT NULL GROUP BY "bookingId", "to", subject HAVING count(*) > 1) x`),
    };
    // Every hold still expires: expiring "two hours from now" leaves no unpaid hold behind.
    const held = await one(`SELECT count(*)::int AS n FROM "Booking" WHERE status = 'AWAITING_PAYMENT' AND ${since}`);
    const db = createPrismaClient(app.databaseUrl);
    const expired = await expireStaleHolds(db, new Date(Date.now() + 2 * 3_600_000));
    await db.$disconnect();
    const stillHeld = await one(`SELECT count(*)::int AS n FROM "Booking" WHERE status = 'AWAITING_PAYMENT' AND ${since}`);
    const confirmed = await one(`SELECT count(*)::int AS n FROM "Booking" WHERE status = 'CONFIRMED' AND ${since}`);
    Object.assign(checks, { 'unpaid holds left after their expiry': stillHeld });

    console.log(`▶ ${figures.bookingsAttempted} bookings attempted by ${WORKERS} clients, ${figures.bookingsMade} made (${confirmed} paid and confirmed, ${held} unpaid holds → ${expired} expired), ${figures.paymentsAttempted} payments sent`);
    console.log(`▶ ${figures.failedInFlight} requests failed in flight (connection killed), ${figures.retried} retried; restart took ${figures.restartMs} ms; ${figures.conflicts} slot conflicts (409)`);
    console.log(`▶ Retries answered: ${JSON.stringify(retryStatuses)}`);
    if (Object.keys(refusals).length > 0) console.log(`▶ Bookings refused: ${JSON.stringify(refusals)}`);
    let ok = figures.bookingsMade > 0;
    for (const [check, n] of Object.entries(checks)) {
      console.log(`  ${n === 0 ? '✔' : '✖'} ${check}: ${n}`);
      if (n !== 0) ok = false;
    }
    if (figures.failedInFlight === 0) console.log('  (the kill hit no request in flight this time: run again with another --kill-after)');
    console.log(ok ? '✔ PASS' : '✖ FAIL');
    process.exitCode = ok ? 0 : 1;
  } finally {
    await sql.end();
    await app.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
