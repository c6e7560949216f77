import ICAL from 'ical.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { customerCalendarFile, guestCalendarFile } from '@/lib/calendars/booking-calendar-file';
import { NotFound } from '@/lib/errors';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// "Add to calendar": the confirmation email carries an .ics link and a Google Calendar link; the
// .ics file opens only with the booking's magic link or for its own customer, and keeps the UID of
// the email invite so a calendar never shows the booking twice.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
afterEach(() => {
  delete process.env.APP_URL;
});

function readIcs(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!, { exceptions: [] });
  return { method: calendar.getFirstPropertyValue('method'), uid: event.uid, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), summary: event.summary };
}

async function confirmedBooking(options: { customer?: { kind: 'customer'; userId: string } } = {}) {
  const { listing } = await givenVendor(t.db, { timeZone: 'Europe/Berlin', currency: 'EUR' }).withRental({ units: 2, title: 'Canoe', timeZone: 'Europe/Berlin' });
  const start = at('2031-01-20T09:00:00Z'); // 10:00 in Berlin
  const contact = { ...guestContact, email: `cal-${Math.random().toString(36).slice(2)}@example.com` };
  const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, options.customer ?? { kind: 'guest' }, { now: NOW });
  expect(booking.status).toBe('CONFIRMED');
  return { booking, contact };
}

describe('add to calendar', () => {
  it('puts an .ics link and a Google Calendar link (UTC times) in the confirmation email; the .ics opens with the email’s magic link', async () => {
    process.env.APP_URL = 'https://book.example.test';
    const { booking, contact } = await confirmedBooking();
    await processOutbox(t.db, { now: NOW });
    const email = await t.db.emailMessage.findFirstOrThrow({ where: { to: contact.email } });

    const icsLink = email.text.match(/Add to calendar \(\.ics\): (https:\/\/book\.example\.test\/manage\/([A-Za-z0-9_-]+)\/calendar\.ics)/);
    expect(icsLink, email.text).not.toBeNull();
    expect(email.html).toContain(icsLink![1]);
    const google = new URL(email.text.match(/Add to Google Calendar: (\S+)/)![1]!);
    expect(google.host).toBe('calendar.google.com');
    expect(google.searchParams.get('action')).toBe('TEMPLATE');
    expect(google.searchParams.get('dates')).toBe('20310120T090000Z/20310120T110000Z');
    expect(google.searchParams.get('text')).toBe(`Canoe (${booking.reference})`);

    const file = await guestCalendarFile(t.db, icsLink![2]!, NOW);
    expect(file.filename).toBe(`${booking.reference}.ics`);
    expect(file.content).toContain('DTSTART;TZID=Europe/Berlin:20310120T100000');
    expect(readIcs(file.content)).toEqual({
      method: 'PUBLISH',
      uid: `booking-${booking.id}@bookwell`, // the email invite's UID
      start: '2031-01-20T09:00:00.000Z',
      end: '2031-01-20T11:00:00.000Z',
      summary: `Canoe (${booking.reference})`,
    });
  });

  it('gives the file to the booking’s own customer only', async () => {
    const owner = await aCustomer(t.db);
    const stranger = await aCustomer(t.db);
    const { booking } = await confirmedBooking({ customer: { kind: 'customer', userId: owner.userId } });
    expect(readIcs((await customerCalendarFile(t.db, owner.userId, booking.id, NOW)).content).uid).toBe(`booking-${booking.id}@bookwell`);
    await expect(customerCalendarFile(t.db, stranger.userId, booking.id, NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(customerCalendarFile(t.db, owner.userId, 'not-a-uuid', NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(guestCalendarFile(t.db, 'x'.repeat(43), NOW)).rejects.toBeInstanceOf(NotFound);
  });

  it('has nothing to add for a booking that is not confirmed (awaiting payment), and no links in its email', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 1, paymentMode: 'ONLINE_FULL' });
    const owner = await aCustomer(t.db);
    const start = at('2031-01-21T09:00:00Z');
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 1) }, { kind: 'customer', userId: owner.userId }, { now: NOW });
    expect(booking.status).toBe('AWAITING_PAYMENT');
    await expect(customerCalendarFile(t.db, owner.userId, booking.id, NOW)).rejects.toThrow(/not confirmed/);
    await processOutbox(t.db, { now: NOW });
    const email = await t.db.emailMessage.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(email.text).not.toContain('Add to calendar');
  });
});
