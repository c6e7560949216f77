import { describe, expect, it } from 'vitest';
import { basicUtc, bookingEventText, calendarFilePath, googleCalendarUrl, isInCalendar } from './add-to-calendar-links';

const event = bookingEventText({
  reference: 'BK-ABC123',
  startAt: new Date('2031-03-30T08:00:00Z'),
  endAt: new Date('2031-03-30T10:30:00Z'),
  listing: { title: 'Kayak & paddle', address: '1 Pier Road', city: 'Brooklyn' },
  vendorName: 'Harbour Kayaks',
  link: 'https://book.example.test/manage/abc',
});

describe('add to calendar', () => {
  it('writes instants in the basic UTC form, whatever the server zone', () => {
    expect(basicUtc(new Date('2031-03-30T08:00:00.123Z'))).toBe('20310330T080000Z');
  });

  it('links to Google Calendar’s template with UTC dates, title, details and location, all escaped', () => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('dates')).toBe('20310330T080000Z/20310330T103000Z');
    expect(url.searchParams.get('text')).toBe('Kayak & paddle (BK-ABC123)');
    expect(url.searchParams.get('details')).toContain('https://book.example.test/manage/abc');
    expect(url.searchParams.get('location')).toBe('1 Pier Road, Brooklyn');
    expect(googleCalendarUrl({ ...event, location: '' })).not.toContain('location=');
  });

  it('puts the .ics file beside the booking page, and only confirmed bookings in calendars', () => {
    expect(calendarFilePath('/manage/tok/')).toBe('/manage/tok/calendar.ics');
    expect(calendarFilePath('/account/bookings/1')).toBe('/account/bookings/1/calendar.ics');
    expect(['CONFIRMED', 'CHECKED_IN', 'AWAITING_PAYMENT', 'REQUESTED', 'CANCELLED', 'COMPLETED'].filter(isInCalendar)).toEqual(['CONFIRMED', 'CHECKED_IN']);
  });
});
