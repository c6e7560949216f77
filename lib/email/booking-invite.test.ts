import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { bookingInviteIcs, type BookingInvite } from './booking-invite';

// The invite read back by a real iCalendar parser (ical.js), as calendar apps do.

const invite = (overrides: Partial<BookingInvite> = {}): BookingInvite => ({
  bookingId: '01a23c2a-0000-7000-8000-000000000001',
  reference: 'BK-ABC123',
  summary: 'Kayak rental (BK-ABC123)',
  description: 'Kayak rental with Harbour Kayaks',
  startAt: new Date('2031-03-30T08:00:00Z'), // summer time in New York (UTC-4)
  endAt: new Date('2031-03-30T10:30:00Z'),
  timeZone: 'America/New_York',
  location: '1 Pier Road, Brooklyn',
  url: 'https://book.example.test/account/bookings/1',
  organizer: { name: 'Harbour Kayaks', email: 'hello@harbour.test' },
  attendee: { name: 'Ana Lima', email: 'ana@example.com' },
  sequence: 0,
  method: 'REQUEST',
  now: new Date('2031-01-06T08:00:00Z'),
  ...overrides,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return { calendar, vevent, event: new ICAL.Event(vevent, { exceptions: [] }) };
}

describe('the booking invite', () => {
  it('is a REQUEST in the listing’s zone with its VTIMEZONE, the right UTC times, location and organizer', () => {
    const ics = bookingInviteIcs(invite());
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('America/New_York');
    expect(ics).toContain('DTSTART;TZID=America/New_York:20310330T040000');
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-30T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2031-03-30T10:30:00.000Z');
    expect(event.uid).toBe('booking-01a23c2a-0000-7000-8000-000000000001@bookwell');
    expect(event.sequence).toBe(0);
    expect(event.location).toBe('1 Pier Road, Brooklyn');
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:hello@harbour.test');
    expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('Harbour Kayaks');
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:ana@example.com');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps the UID and raises SEQUENCE for a move and a cancellation', () => {
    const moved = parse(bookingInviteIcs(invite({ sequence: 2, startAt: new Date('2031-07-01T14:00:00Z'), endAt: new Date('2031-07-01T15:00:00Z') })));
    expect(moved.event.uid).toBe('booking-01a23c2a-0000-7000-8000-000000000001@bookwell');
    expect(moved.event.sequence).toBe(2);
    expect(moved.event.startDate.toJSDate().toISOString()).toBe('2031-07-01T14:00:00.000Z'); // 10:00 in New York
    const cancelled = parse(bookingInviteIcs(invite({ sequence: 3, method: 'CANCEL' })));
    expect(cancelled.calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.sequence).toBe(3);
  });

  it('falls back to UTC times when the zone has no VTIMEZONE, so calendars never guess', () => {
    const ics = bookingInviteIcs(invite({ timeZone: 'Mars/Olympus_Mons' }));
    const { calendar, event } = parse(ics);
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    expect(ics).toContain('DTSTART:20310330T080000Z');
    expect(event.startDate.toJSDate().toISOString()).toBe('2031-03-30T08:00:00.000Z');
  });
});
