import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { sendEmail } from '@/lib/email/send-email';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { processOutbox, retryDelayMs } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  delete process.env.APP_URL;
  delete process.env.SMTP_URL;
});

const start = at('2031-01-13T10:00:00Z');
const range = { startAt: start, endAt: hoursAfter(start, 2) };
let guestCounter = 0;
const aGuest = () => ({ ...guestContact, email: `guest-${++guestCounter}-${Date.now()}@example.com` });

async function customerBooking() {
  const world = await givenVendor(t.db).withRental({ units: 5 });
  const customer = await aCustomer(t.db);
  const booking = await requestBooking(t.db, { listingId: world.listing.id, ...range }, customer.actor, { now: NOW });
  return { ...world, customer, booking };
}

async function guestBooking() {
  const world = await givenVendor(t.db).withRental({ units: 5 });
  const contact = aGuest();
  const booking = await requestBooking(t.db, { listingId: world.listing.id, ...range, contact }, { kind: 'guest' }, { now: NOW });
  return { ...world, contact, booking };
}

const sideEffectsOf = async (bookingId: string) => ({
  // The customer's emails (the owner's alerts go to vendor-…@example.com).
  emails: await t.db.emailMessage.findMany({ where: { bookingId, NOT: { to: { startsWith: 'vendor-' } } }, orderBy: { sentAt: 'asc' } }),
  notifications: await t.db.notification.findMany({ where: { link: { contains: bookingId } }, orderBy: { createdAt: 'asc' } }),
});

describe('delivering booking side effects', () => {
  it("notifies the vendor's team and emails the customer a link to the booking, once however often it runs", async () => {
    const { booking, owner, customer } = await customerBooking();
    await processOutbox(t.db, { now: NOW });

    const first = await sideEffectsOf(booking.id);
    expect(first.notifications).toEqual([
      expect.objectContaining({ userId: owner.id, type: 'booking.confirmed', title: `New booking · ${booking.reference}`, link: `/dashboard/bookings/${booking.id}` }),
    ]);
    expect(first.emails).toHaveLength(1);
    expect(first.emails[0]).toMatchObject({ to: booking.contactEmail, subject: `Booking confirmed: A rental (${booking.reference})` });
    expect(first.emails[0]!.text).toContain(`http://localhost:3000/account/bookings/${booking.id}`);
    expect(first.emails[0]!.text).toContain('Your booking is confirmed.');
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(message).toMatchObject({ status: 'DONE', attempts: 1, lastError: null, lockedUntil: null });

    // Run again, and again as if a worker had died after delivering but before marking it done.
    await processOutbox(t.db, { now: NOW });
    await t.db.outboxMessage.update({ where: { id: message.id }, data: { status: 'PENDING', processedAt: null } });
    expect((await processOutbox(t.db, { now: NOW })).done).toBeGreaterThanOrEqual(1);
    const again = await sideEffectsOf(booking.id);
    expect(again.emails.map((e) => e.id)).toEqual(first.emails.map((e) => e.id));
    expect(again.notifications.map((n) => n.id)).toEqual(first.notifications.map((n) => n.id));
    expect(await t.db.notification.count({ where: { userId: customer.userId } })).toBe(0); // they made the booking themselves
  });

  it('tells the customer when the vendor cancels, with the reason', async () => {
    const { booking, actor, customer } = await customerBooking();
    await cancelBooking(t.db, booking.id, actor, 'Storm warning', NOW);
    await processOutbox(t.db, { now: NOW });

    const [notification] = await t.db.notification.findMany({ where: { userId: customer.userId } });
    expect(notification).toMatchObject({ type: 'booking.cancelled', title: `Booking cancelled · ${booking.reference}`, link: `/account/bookings/${booking.id}`, readAt: null });
    expect(notification!.body).toContain('Reason: Storm warning');
    const emails = (await sideEffectsOf(booking.id)).emails.map((e) => e.subject);
    expect(emails).toEqual([`Booking confirmed: A rental (${booking.reference})`, `Booking cancelled: A rental (${booking.reference})`]);
  });

  it('emails a guest a manage link that opens their booking, from APP_URL', async () => {
    process.env.APP_URL = 'https://book.example.test/';
    const { booking, contact } = await guestBooking();
    await processOutbox(t.db, { now: NOW });
    await processOutbox(t.db, { now: NOW });

    const [email, ...more] = (await sideEffectsOf(booking.id)).emails;
    expect(more).toHaveLength(0);
    expect(email!.to).toBe(contact.email);
    const link = email!.text.match(/https:\/\/book\.example\.test\/manage\/([A-Za-z0-9_-]+)/);
    expect(link, email!.text).not.toBeNull();
    expect(await resolveManageToken(t.db, link![1]!, NOW)).toEqual({ bookingId: booking.id });
    // One link came with the booking (the page the guest was sent to), one is in the email; none for the repeat run.
    expect(await t.db.magicLinkToken.count({ where: { bookingId: booking.id } })).toBe(2);
  });

  it('delivers each message once when several workers run at the same time', async () => {
    const bookings = [];
    for (let i = 0; i < 6; i += 1) bookings.push((await guestBooking()).booking);
    const workers = [t.newClient(3), t.newClient(3), t.newClient(3)];
    const runs = await Promise.all(workers.map((db) => processOutbox(db, { now: NOW, limit: 4 })));

    expect(runs.reduce((sum, run) => sum + run.claimed, 0)).toBe(6); // no message claimed twice
    for (const booking of bookings) {
      const { emails, notifications } = await sideEffectsOf(booking.id);
      expect(emails).toHaveLength(1);
      expect(notifications).toHaveLength(1); // the vendor's owner
      expect(await t.db.magicLinkToken.count({ where: { bookingId: booking.id } })).toBe(2); // the booking's own and the email's
      expect(await t.db.outboxMessage.findFirstOrThrow({ where: { bookingId: booking.id } })).toMatchObject({ status: 'DONE', attempts: 1 });
    }
  });
});

describe('retries', () => {
  const failing = (error = 'SMTP connection refused'): OutboxHandler => ({
    name: 'flaky',
    topics: ['test.flaky'],
    handle: async () => {
      throw new Error(error);
    },
  });

  it('succeeds on a later attempt and clears the error', async () => {
    const message = await t.db.outboxMessage.create({ data: { topic: 'test.flaky', payload: {} } });
    await processOutbox(t.db, { now: NOW, handlers: [failing('Timeout')] });
    const delivery = await t.db.outboxDelivery.findFirstOrThrow({ where: { messageId: message.id } });
    expect(delivery).toMatchObject({ handler: 'flaky', status: 'PENDING', attempts: 1, lastError: 'Error: Timeout' });
    const ok: OutboxHandler = { name: 'flaky', topics: ['test.*'], handle: async () => {} };
    await processOutbox(t.db, { now: new Date(NOW.getTime() + retryDelayMs(1)), handlers: [ok] });
    expect(await t.db.outboxDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'DONE', attempts: 1, lastError: null });
  });

  it('leaves topics it has no handler for to whoever handles them', async () => {
    const message = await t.db.outboxMessage.create({ data: { topic: 'webhook_dispatch', payload: {} } });
    await processOutbox(t.db, { now: NOW, handlers: [failing()] });
    await processOutbox(t.db, { now: NOW });
    expect(await t.db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: 'PENDING', attempts: 0 });
  });

  it('keeps no mailbox copy of an email the SMTP server did not take, so the retry sends it', async () => {
    process.env.SMTP_URL = 'smtp://127.0.0.1:9'; // nothing listens there
    await expect(sendEmail(t.db, { id: '0190f3c4-0000-8000-8000-000000000001', to: 'a@example.com', subject: 'Hi', text: 'Hello' })).rejects.toThrow(/ECONNREFUSED|connect/i);
    expect(await t.db.emailMessage.count({ where: { id: '0190f3c4-0000-8000-8000-000000000001' } })).toBe(0);
  });
});
