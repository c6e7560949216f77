import 'server-only';
// The "Add to calendar" .ics download of one booking, for its customer or the holder of its magic
// link. The UID is the email invite's, so a calendar that got the invite updates that same event
// instead of showing the booking twice.
import type { Db } from '@/lib/db/prisma';
import { absoluteUrl } from '@/lib/config/app-url';
import { bookingInviteIcs } from '@/lib/email/booking-invite';
import { NotFound } from '@/lib/errors';
import { manageUrl, resolveManageToken } from '@/lib/magic-links/manage-links';
import { customerBookingPath } from '@/lib/notifications/booking-notification';
import { bookingEventText, isInCalendar } from './add-to-calendar-links';

export type CalendarFile = { filename: string; content: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const bookingForFile = {
  id: true,
  reference: true,
  status: true,
  startAt: true,
  endAt: true,
  timeZone: true,
  listing: { select: { title: true, address: true, city: true } },
  vendor: { select: { name: true } },
} as const;

type BookingForFile = { id: string; reference: string; status: string; startAt: Date; endAt: Date; timeZone: string; listing: { title: string; address: string | null; city: string | null }; vendor: { name: string } };

function calendarFile(booking: BookingForFile | null, link: string, now: Date): CalendarFile {
  // Only a confirmed booking belongs in a calendar; anything else reads as "not found".
  if (!booking || !isInCalendar(booking.status)) throw new NotFound('This booking is not confirmed, so there is nothing to add to a calendar.');
  const text = bookingEventText({ ...booking, vendorName: booking.vendor.name, link });
  const content = bookingInviteIcs({
    bookingId: booking.id,
    reference: booking.reference,
    summary: text.title,
    description: text.details,
    startAt: booking.startAt,
    endAt: booking.endAt,
    timeZone: booking.timeZone,
    location: text.location,
    url: link,
    sequence: 0,
    method: 'PUBLISH',
    now,
  });
  return { filename: `${booking.reference}.ics`, content };
}

/** For the signed-in customer who owns the booking; anyone else's booking is not found. */
export async function customerCalendarFile(db: Db, userId: string, bookingId: string, now = new Date()): Promise<CalendarFile> {
  const booking = UUID.test(bookingId) ? await db.booking.findFirst({ where: { id: bookingId, customerId: userId }, select: bookingForFile }) : null;
  return calendarFile(booking, absoluteUrl(customerBookingPath(bookingId)), now);
}

/** For whoever holds the booking's magic link (a guest): the link itself is the permission. */
export async function guestCalendarFile(db: Db, token: string, now = new Date()): Promise<CalendarFile> {
  const { bookingId } = await resolveManageToken(db, token, now);
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: bookingForFile });
  return calendarFile(booking, absoluteUrl(manageUrl(token)), now);
}

