import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

// The iCalendar invite attached to confirmed, rescheduled and cancelled booking emails. One UID per
// booking, so calendars update the same event; SEQUENCE grows with each change of the booking.
// Times are written in the listing's zone with its VTIMEZONE: ical-generator writes a plain Date
// in the server's clock, so each time is a TZDate in that zone (see shared stack notes).

export type BookingInvite = {
  bookingId: string;
  reference: string;
  summary: string;
  description: string;
  startAt: Date;
  endAt: Date;
  timeZone: string;
  location: string;
  url: string;
  /** Left out of a published (downloaded or subscribed) copy: only invites need them. */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
  /** 0 for the first invite; higher for every later change of the booking. */
  sequence: number;
  /** PUBLISH: a copy to keep (the "Add to calendar" download), not an invitation to answer. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  now: Date;
};

export const bookingInviteUid = (bookingId: string) => `booking-${bookingId}@bookwell`;

export function bookingInviteIcs(invite: BookingInvite): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Bookwell', product: 'Bookings', language: 'EN' },
    method: { CANCEL: ICalCalendarMethod.CANCEL, REQUEST: ICalCalendarMethod.REQUEST, PUBLISH: ICalCalendarMethod.PUBLISH }[invite.method],
  });
  // Without the zone's VTIMEZONE block a TZID would leave calendars guessing: write UTC instead.
  const zoned = Boolean(getVtimezoneComponent(invite.timeZone));
  if (zoned) calendar.timezone({ name: invite.timeZone, generator: getVtimezoneComponent });
  else console.warn(`No VTIMEZONE for ${invite.timeZone}: the invite of booking ${invite.reference} is in UTC.`);
  calendar.createEvent({
    id: bookingInviteUid(invite.bookingId),
    sequence: invite.sequence,
    stamp: invite.now,
    start: zoned ? new TZDate(invite.startAt.getTime(), invite.timeZone) : invite.startAt,
    end: zoned ? new TZDate(invite.endAt.getTime(), invite.timeZone) : invite.endAt,
    timezone: zoned ? invite.timeZone : null,
    summary: invite.summary,
    description: invite.description,
    location: invite.location || null,
    url: invite.url,
    organizer: invite.organizer ?? null,
    attendees: invite.attendee ? [{ name: invite.attendee.name, email: invite.attendee.email, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED, rsvp: false }] : [],
    status: invite.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

export function inviteAttachment(invite: BookingInvite & { method: 'REQUEST' | 'CANCEL' }) {
  return {
    filename: invite.method === 'CANCEL' ? 'cancelled.ics' : 'invite.ics',
    content: bookingInviteIcs(invite),
    contentType: `text/calendar; charset=utf-8; method=${invite.method}`,
  };
}
