import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { setEmailPreference } from '@/lib/email/preferences';
import { requestBooking } from '@/lib/booking/request-booking';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from '../support/smtp-capture';

// Booking emails as the customer receives them over SMTP: branded HTML and text, times in the
// listing's zone, and the calendar invite that follows the booking through its changes.

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
  delete process.env.AUTH_SECRET;
});

function invite(mail: CapturedMail) {
  const attachment = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(attachment, `no invite in "${mail.subject}"`).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!, { exceptions: [] });
  return {
    method: calendar.getFirstPropertyValue('method'),
    tzid: calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    location: event.location,
    organizer: String(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('organizer')).toLowerCase(),
  };
}

describe('booking emails over SMTP', () => {
  it('confirms with a branded HTML and text email and a REQUEST invite; a move and a cancellation update the same event', async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL = 'https://book.example.test';
    const { vendor, listing, owner } = await givenVendor(t.db, { timeZone: 'America/New_York', currency: 'USD' }).withRental({ units: 3 });
    await t.db.vendor.update({ where: { id: vendor.id }, data: { name: 'Harbour Kayaks', logoUrl: '/uploads/logo-harbour.webp' } });
    await t.db.listing.update({ where: { id: listing.id }, data: { title: 'Kayak', address: '1 Pier Road', city: 'Brooklyn', timeZone: 'America/New_York' } });
    const start = at('2031-01-20T15:00:00Z'); // 10:00 in New York (EST)
    const contact = { ...guestContact, email: 'ana-invite@example.com' };
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, { kind: 'guest' }, { now: NOW });
    expect(booking.status).toBe('CONFIRMED');
    await processOutbox(t.db, { now: NOW });

    const [confirmed] = await smtp.waitForTo('ana-invite@example.com', 1);
    expect(confirmed!.subject).toBe(`Booking confirmed: Kayak (${booking.reference})`);
    expect(confirmed!.envelopeTo).toEqual(['ana-invite@example.com']);
    expect(confirmed!.text).toContain('When: ');
    expect(confirmed!.text).toContain("When: Mon, 20 Jan 2031, 10:00–12:00 (GMT-5, America/New_York)"); // the listing’s zone, named
    expect(confirmed!.text).toMatch(/https:\/\/book\.example\.test\/manage\/[A-Za-z0-9_-]+/);
    expect(confirmed!.html).toContain('<img src="https://book.example.test/uploads/logo-harbour.webp" alt="Harbour Kayaks"');
    expect(confirmed!.html).toContain('View, cancel or reschedule your booking</a>');
    expect(confirmed!.html).toContain('1 Pier Road, Brooklyn');
    const first = invite(confirmed!);
    expect(first).toMatchObject({ method: 'REQUEST', tzid: 'America/New_York', uid: `booking-${booking.id}@bookwell`, start: '2031-01-20T15:00:00.000Z', end: '2031-01-20T17:00:00.000Z', location: '1 Pier Road, Brooklyn', organizer: `mailto:${vendor.contactEmail}` });

    const moved = hoursAfter(start, 24);
    await rescheduleBooking(t.db, booking.id, { startAt: moved, endAt: hoursAfter(moved, 2) }, { kind: 'member', userId: owner.id, vendorId: vendor.id, role: 'OWNER' }, NOW);
    await processOutbox(t.db, { now: NOW });
    const [, rescheduled] = await smtp.waitForTo('ana-invite@example.com', 2);
    expect(rescheduled!.subject).toBe(`Booking moved: Kayak (${booking.reference})`);
    const second = invite(rescheduled!);
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid, start: '2031-01-21T15:00:00.000Z', end: '2031-01-21T17:00:00.000Z' });
    expect(second.sequence).toBeGreaterThan(first.sequence);

    await cancelBooking(t.db, booking.id, { kind: 'guest', bookingId: booking.id }, 'Plans changed', NOW);
    await processOutbox(t.db, { now: NOW });
    const [, , cancelled] = await smtp.waitForTo('ana-invite@example.com', 3);
    expect(cancelled!.subject).toBe(`Booking cancelled: Kayak (${booking.reference})`);
    const third = invite(cancelled!);
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid });
    expect(third.sequence).toBeGreaterThan(second.sequence);
    await processOutbox(t.db, { now: hoursAfter(NOW, 3) });
    expect(smtp.mails.filter((m) => m.envelopeTo[0] === 'ana-invite@example.com')).toHaveLength(3);
  });

  it("tells each member of the business about a new request with a direct link, as each chose, and the customer about a decline with its reason", async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL = 'https://book.example.test';
    process.env.AUTH_SECRET = 'test-auth-secret-for-preferences';
    const { vendor, listing, owner } = await givenVendor(t.db).withRental({ units: 2, bookingMode: 'REQUEST' });
    const staff = await t.db.user.create({ data: { email: `staff-${vendor.id}@example.com`, name: 'Sam Staff' } });
    const quiet = await t.db.user.create({ data: { email: `quiet-${vendor.id}@example.com`, name: 'Quinn Quiet' } });
    await t.db.vendorMember.createMany({ data: [{ vendorId: vendor.id, userId: staff.id, role: 'STAFF' }, { vendorId: vendor.id, userId: quiet.id, role: 'STAFF' }] });
    await setEmailPreference(t.db, quiet.email, 'member.request', false);
    const start = at('2031-02-03T10:00:00Z');
    const contact = { ...guestContact, email: 'request-guest@example.com' };
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, { kind: 'guest' }, { now: NOW });
    expect(booking.status).toBe('REQUESTED');
    await processOutbox(t.db, { now: NOW });

    for (const member of [owner, staff]) {
      const [alert] = await smtp.waitForTo(member.email, 1);
      expect(alert!.subject).toBe(`New booking request to answer: A rental (${booking.reference})`);
      expect(alert!.html).toContain(`href="https://book.example.test/dashboard/bookings/${booking.id}"`);
      expect(alert!.html).toContain('Answer the request</a>');
      expect(alert!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(true);
    }
    expect(smtp.mails.filter((m) => m.envelopeTo.includes(quiet.email))).toHaveLength(0);
    const [received] = await smtp.waitForTo(contact.email, 1);
    expect(received!.subject).toBe(`Booking request sent: A rental (${booking.reference})`);
    expect(received!.attachments).toHaveLength(0); // no invite before it is confirmed

    await declineBooking(t.db, booking.id, { kind: 'member', userId: owner.id, vendorId: vendor.id, role: 'OWNER' }, 'Fully booked that day', NOW);
    await processOutbox(t.db, { now: NOW });
    const [, declined] = await smtp.waitForTo(contact.email, 2);
    expect(declined!.subject).toBe(`Booking request declined: A rental (${booking.reference})`);
    expect(declined!.text).toContain('Reason: Fully booked that day');
    expect(declined!.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false); // essential mail
  });
});

