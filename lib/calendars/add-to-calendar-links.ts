// "Add to calendar" for one booking: a Google Calendar template link and the path of the .ics
// download beside the booking's own page. Pure, so pages, emails and tests share one spelling.

export type CalendarEventText = { title: string; details: string; location: string; startAt: Date; endAt: Date };

/** Booking statuses a customer's calendar should hold (the same ones the email invite is sent for). */
export const IN_CALENDAR_STATUSES = ['CONFIRMED', 'CHECKED_IN'] as const;

export function isInCalendar(status: string): boolean {
  return (IN_CALENDAR_STATUSES as readonly string[]).includes(status);
}

/** 2031-01-06T08:00:00.000Z → 20310106T080000Z, the basic UTC form Google's template link expects. */
export function basicUtc(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Google Calendar's "create event" template, times in UTC so no zone can be misread. */
export function googleCalendarUrl(event: CalendarEventText): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${basicUtc(event.startAt)}/${basicUtc(event.endAt)}`,
    details: event.details,
  });
  if (event.location) params.set('location', event.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** The .ics download of a booking lives under its self-service page (/account/bookings/id or /manage/token). */
export const calendarFilePath = (bookingPagePath: string) => `${bookingPagePath.replace(/\/+$/, '')}/calendar.ics`;

/** What the event says, from the booking: the same words as the email invite. */
export function bookingEventText(booking: {
  reference: string;
  startAt: Date;
  endAt: Date;
  listing: { title: string; address?: string | null; city?: string | null };
  vendorName: string;
  link: string;
}): CalendarEventText {
  return {
    title: `${booking.listing.title} (${booking.reference})`,
    details: `${booking.listing.title} with ${booking.vendorName}. Booking ${booking.reference}: ${booking.link}`,
    location: [booking.listing.address, booking.listing.city].filter(Boolean).join(', '),
    startAt: booking.startAt,
    endAt: booking.endAt,
  };
}
