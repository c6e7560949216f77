import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST as unsubscribe } from '@/app/api/email/unsubscribe/route';
import { requestBooking } from '@/lib/booking/request-booking';
import { isOptedOut, setEmailPreference } from '@/lib/email/preferences';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { scheduleNudges } from '@/lib/outbox/nudges';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// Reminders before a booking and review requests after it: each at most once per booking, even
// with several cron workers, never to someone who turned them off, with one-click unsubscribe.

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the unsubscribe route uses the app's client
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.AUTH_SECRET;
  delete process.env.APP_URL;
});

// Booking rows get the database's clock as createdAt, so these scenarios run on the real clock.
const NOW = new Date();
let counter = 0;
async function confirmedBooking(start: Date, options: { reminderHours?: number; email?: string } = {}) {
  const { vendor, listing } = await givenVendor(t.db).withRental({ units: 5 });
  if (options.reminderHours !== undefined) await t.db.vendor.update({ where: { id: vendor.id }, data: { reminderHours: options.reminderHours } });
  const contact = { ...guestContact, email: options.email ?? `nudge-${++counter}-${Date.now()}@example.com` };
  const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, { kind: 'guest' }, { now: NOW });
  expect(booking.status).toBe('CONFIRMED');
  return { vendor, listing, booking, contact };
}

const nudgesOf = (bookingId: string) => t.db.bookingNudge.findMany({ where: { bookingId } });

describe('reminders', () => {
  it('reminds once, 24 hours before, even when two workers look at the same moment; with one-click unsubscribe', async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.AUTH_SECRET = 'test-auth-secret-for-preferences';
    process.env.APP_URL = 'https://book.example.test';
    const start = hoursAfter(NOW, 72);
    const { booking, contact } = await confirmedBooking(start);
    await processOutbox(t.db, { now: new Date() }); // the confirmation
    const before = smtp.mails.length;

    expect((await scheduleNudges(t.db, hoursAfter(start, -25))).reminders).toBe(0);
    const at = hoursAfter(start, -23);
    const runs = await Promise.all([scheduleNudges(t.newClient(2), at), scheduleNudges(t.newClient(2), at)]);
    expect(runs.map((r) => r.reminders).sort()).toEqual([0, 1]);
    expect(await nudgesOf(booking.id)).toEqual([expect.objectContaining({ kind: 'reminder' })]);
    expect((await scheduleNudges(t.db, hoursAfter(start, -1))).reminders).toBe(0);

    await processOutbox(t.db, { now: at });
    await processOutbox(t.db, { now: hoursAfter(at, 1) });
    const [reminder, ...more] = (await smtp.waitFor(before + 1)).slice(before);
    expect(more).toHaveLength(0);
    expect(reminder!.subject).toBe(`Reminder: A rental (${booking.reference})`);
    expect(reminder!.envelopeTo).toEqual([contact.email]);
    expect(reminder!.html).toContain('View your booking</a>');
    expect(reminder!.text).toMatch(/Manage your email preferences: https:\/\/book\.example\.test\/email-preferences\//);
    const listUnsubscribe = reminder!.headerLines.find((h) => h.key === 'list-unsubscribe')!.line;
    expect(reminder!.headerLines.find((h) => h.key === 'list-unsubscribe-post')!.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const url = listUnsubscribe.match(/<(https:\/\/book\.example\.test\/api\/email\/unsubscribe\?[^>]+)>/)![1]!;
    expect(url).toContain('kind=reminder');

    // The mail app's one click turns reminders off for this address.
    const response = await unsubscribe(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    expect(response.status).toBe(200);
    expect(await isOptedOut(t.db, contact.email, 'reminder')).toBe(true);
    expect((await unsubscribe(new Request(url.replace(/token=[^&]+/, 'token=forged.sig'), { method: 'POST' }))).status).toBe(404);
  });

  it('sends none for a booking made after the reminder point, none when the business turned them off, none to an address that opted out', async () => {
    const soon = hoursAfter(NOW, 10); // made 10 h before it starts: past the 24 h point already
    const late = await confirmedBooking(soon);
    const off = await confirmedBooking(hoursAfter(NOW, 72), { reminderHours: 0 });
    const optedOut = await confirmedBooking(hoursAfter(NOW, 96));
    await setEmailPreference(t.db, optedOut.contact.email, 'reminder', false);

    await scheduleNudges(t.db, hoursAfter(soon, -2));
    await scheduleNudges(t.db, hoursAfter(NOW, 72 - 2));
    await scheduleNudges(t.db, hoursAfter(NOW, 96 - 2));
    expect(await nudgesOf(late.booking.id)).toHaveLength(0);
    expect(await nudgesOf(off.booking.id)).toHaveLength(0);
    expect(await nudgesOf(optedOut.booking.id)).toHaveLength(1); // scheduled, but …
    await processOutbox(t.db, { now: hoursAfter(NOW, 96 - 2) });
    const message = await t.db.outboxMessage.findFirstOrThrow({ where: { bookingId: optedOut.booking.id, topic: 'nudge.reminder' } });
    expect(await t.db.outboxDelivery.count({ where: { messageId: message.id, handler: 'nudge-email' } })).toBe(0); // … nobody to send it to
  });
});

describe('review requests', () => {
  it('asks once for a review after a completed booking, never after a review was left', async () => {
    process.env.SMTP_URL = smtp.url;
    const start = hoursAfter(NOW, 72);
    const { booking, contact, listing } = await confirmedBooking(start);
    const reviewed = await confirmedBooking(start);
    await t.db.booking.updateMany({ where: { id: { in: [booking.id, reviewed.booking.id] } }, data: { status: 'COMPLETED' } });
    await t.db.review.create({ data: { bookingId: reviewed.booking.id, listingId: reviewed.listing.id, rating: 5 } });
    await processOutbox(t.db, { now: new Date() });
    const before = smtp.mails.length;

    const end = hoursAfter(start, 2);
    expect((await scheduleNudges(t.db, hoursAfter(end, 1))).reviewRequests).toBe(0); // not straight away
    expect((await scheduleNudges(t.db, hoursAfter(end, 3))).reviewRequests).toBe(1);
    expect((await scheduleNudges(t.db, hoursAfter(end, 30))).reviewRequests).toBe(0);
    await processOutbox(t.db, { now: hoursAfter(end, 3) });
    const [request] = (await smtp.waitFor(before + 1)).slice(before);
    expect(request!.subject).toBe(`How was ${listing.title}? Leave a review`);
    expect(request!.envelopeTo).toEqual([contact.email]);
    expect(await nudgesOf(reviewed.booking.id)).toHaveLength(0);
  });
});
