// Delivery latency: from the commit of a booking to the SMTP server accepting its confirmation
// email, through the real outbox (fan-out, lease, delivery) and nodemailer, to a real SMTP server
// (smtp-server) in this process. The worker is kicked right after each commit, as the app's
// after-response kick does.
//   npm run bench:delivery -- [--bookings 200] [--concurrency 4]
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import { requestBooking } from '@/lib/booking/request-booking';
import { createPrismaClient } from '@/lib/db/prisma';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { openBenchDatabase } from './bench-database';
import { summarize } from './stats';

const { values } = parseArgs({ options: { bookings: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '4' } } });
const BOOKINGS = Number(values.bookings);
const CONCURRENCY = Number(values.concurrency);

// The SMTP server notes when it accepted each message, by recipient.
const acceptedAt = new Map<string, number>();
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      for (const to of session.envelope.rcptTo) if (!acceptedAt.has(to.address)) acceptedAt.set(to.address, performance.now());
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;

const database = await openBenchDatabase({ fresh: false });
const db = createPrismaClient(database.url, { max: CONCURRENCY * 3 });
try {
  console.log(`Database: ${database.description}`);
  const tag = randomBytes(4).toString('hex');
  const owner = await db.user.create({ data: { email: `delivery-bench-${tag}@example.com`, name: 'Bench owner' } });
  const vendor = await db.vendor.create({
    data: { slug: `delivery-bench-${tag}`, name: 'Delivery bench', contactEmail: owner.email, timeZone: 'Europe/London', currency: 'GBP', members: { create: { userId: owner.id, role: 'OWNER' } } },
  });
  const category = await db.category.create({ data: { slug: `delivery-bench-${tag}`, name: 'Bench', kind: 'RENTAL' } });
  const listing = await db.listing.create({
    data: { vendorId: vendor.id, categoryId: category.id, kind: 'RENTAL', slug: `delivery-bench-${tag}`, title: 'Bench kayak', status: 'PUBLISHED', currency: 'GBP', pricingUnit: 'HOUR', priceAmount: 2000, maxQuantityPerBooking: 1 },
  });
  await db.rentalUnit.createMany({ data: Array.from({ length: CONCURRENCY }, (_, i) => ({ listingId: listing.id, code: `B-${i + 1}` })) });
  // Owner alerts would double the mail; the bench measures the customer's confirmation.
  await db.emailOptOut.create({ data: { email: owner.email, kind: 'member.confirmed' } });

  const committedAt = new Map<string, number>();
  const day = new Date(Date.now() + 3 * 86_400_000);
  day.setUTCHours(0, 0, 0, 0);
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < BOOKINGS) {
      const i = next++;
      const email = `bench-${tag}-${i}@example.com`;
      const startAt = new Date(day.getTime() + i * 3_600_000);
      await requestBooking(db, { listingId: listing.id, startAt, endAt: new Date(startAt.getTime() + 3_600_000), contact: { name: 'Bench guest', email, phone: '+44 7700 900000' } }, { kind: 'guest' });
      committedAt.set(email, performance.now());
      await processOutbox(db, { limit: 10 }); // the after-response kick
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  for (let round = 0; round < 20 && acceptedAt.size < BOOKINGS; round += 1) await processOutbox(db, { limit: 50 });
  const seconds = (performance.now() - started) / 1000;

  const latencies = [...committedAt].flatMap(([email, at]) => (acceptedAt.has(email) ? [acceptedAt.get(email)! - at] : []));
  const summary = summarize(latencies);
  console.log('');
  console.log(`Commit → SMTP acceptance of the confirmation email, ${BOOKINGS} bookings, ${CONCURRENCY} in parallel (${(BOOKINGS / seconds).toFixed(1)} bookings/s end to end)`);
  console.log(`delivered ${summary.count}/${BOOKINGS}   p50 ${summary.p50.toFixed(1)} ms   p95 ${summary.p95.toFixed(1)} ms   p99 ${summary.p99.toFixed(1)} ms   max ${summary.max.toFixed(1)} ms`);
  if (summary.count < BOOKINGS) process.exitCode = 1;
} finally {
  await db.$disconnect();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.stop();
}
