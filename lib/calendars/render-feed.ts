import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { bookingInviteUid } from '@/lib/email/booking-invite';

// The text of a subscription feed. Times are UTC (a business feed may span listings in several
// zones; every calendar app shows UTC instants in the viewer's own zone). Each booking keeps the
// UID of its email invite, so the same booking is one event everywhere. DTSTAMP is the booking's
// last change, so the same bookings always give the same bytes (and the same ETag).

export type FeedKind = 'business' | 'customer';

export type FeedBooking = {
  id: string;
  reference: string;
  startAt: Date;
  endAt: Date;
  quantity: number;
  contactName: string;
  updatedAt: Date;
  listing: { title: string; address: string | null; city: string | null };
  vendor: { name: string };
  allocations: Array<{ staff: { name: string } | null; unit: { code: string } | null }>;
};

/** Calendar apps poll at most this often (REFRESH-INTERVAL / X-PUBLISHED-TTL), and the route lets them cache this long. */
export const FEED_TTL_SECONDS = 15 * 60;

function summary(b: FeedBooking, kind: FeedKind): string {
  if (kind === 'customer') return `${b.listing.title} · ${b.vendor.name}`;
  const staff = [...new Set(b.allocations.flatMap((a) => (a.staff ? [a.staff.name] : [])))];
  const units = [...new Set(b.allocations.flatMap((a) => (a.unit ? [a.unit.code] : [])))];
  return [`${b.listing.title}: ${b.contactName}`, staff.length ? ` with ${staff.join(', ')}` : '', units.length ? ` (${units.join(', ')})` : ''].join('');
}

export function renderFeed(feed: { name: string; kind: FeedKind; bookings: FeedBooking[]; linkFor: (booking: FeedBooking) => string }): string {
  const calendar = new ICalCalendar({
    prodId: { company: 'Bookwell', product: 'Booking feed', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: feed.name,
    ttl: FEED_TTL_SECONDS,
  });
  for (const b of feed.bookings) {
    const link = feed.linkFor(b);
    calendar.createEvent({
      id: bookingInviteUid(b.id),
      stamp: b.updatedAt,
      lastModified: b.updatedAt,
      start: b.startAt,
      end: b.endAt,
      summary: summary(b, feed.kind),
      description: [`Booking ${b.reference}`, b.quantity > 1 ? `Quantity: ${b.quantity}` : '', link].filter(Boolean).join('\n'),
      location: [b.listing.address, b.listing.city].filter(Boolean).join(', ') || null,
      url: link,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
