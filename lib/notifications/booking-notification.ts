import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { formatRange, zoneName } from '@/lib/format/date-time';
import type { BookingChangeKind } from '@/lib/outbox/booking-change';

// The in-app notification for a booking change, worded for the customer or for the business.

export type NotificationAudience = 'customer' | 'vendor';

type BookingForNotification = {
  id: string;
  reference: string;
  status: BookingStatus;
  startAt: Date;
  endAt: Date;
  timeZone: string;
  listing: { title: string };
};

const CUSTOMER_TITLES: Record<BookingChangeKind, string> = {
  created: 'Booking received',
  approved: 'Request accepted: payment due',
  confirmed: 'Booking confirmed',
  cancelled: 'Booking cancelled',
  declined: 'Booking request declined',
  expired: 'Booking expired',
  rescheduled: 'Booking moved',
  checked_in: 'Checked in',
  completed: 'How was it? Leave a review',
  updated: 'Booking updated',
};

const VENDOR_TITLES: Record<BookingChangeKind, string> = {
  created: 'New booking',
  approved: 'Request approved',
  confirmed: 'Booking confirmed',
  cancelled: 'Booking cancelled',
  declined: 'Request declined',
  expired: 'Booking expired',
  rescheduled: 'Booking moved',
  checked_in: 'Customer checked in',
  completed: 'Booking completed',
  updated: 'Booking updated',
};

export const customerBookingPath = (bookingId: string) => `/account/bookings/${bookingId}`;
/** The vendor dashboard's booking page (owned by the dashboard; keep in step with its route). */
export const vendorBookingPath = (bookingId: string) => `/dashboard/bookings/${bookingId}`;

export function bookingNotification(booking: BookingForNotification, kind: BookingChangeKind, audience: NotificationAudience, reason?: string | null) {
  const titles = audience === 'customer' ? CUSTOMER_TITLES : VENDOR_TITLES;
  const title = audience === 'vendor' && kind === 'created' && booking.status === 'REQUESTED' ? 'New booking request' : titles[kind];
  const when = `${formatRange(booking.startAt, booking.endAt, booking.timeZone)} (${zoneName(booking.timeZone, booking.startAt)})`;
  return {
    title: `${title} · ${booking.reference}`,
    body: [`${booking.listing.title}, ${when}.`, reason ? `Reason: ${reason}` : ''].filter(Boolean).join(' '),
    link: audience === 'customer' ? customerBookingPath(booking.id) : vendorBookingPath(booking.id),
  };
}
