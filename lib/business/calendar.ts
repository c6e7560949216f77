import 'server-only';
// The vendor's calendar: bookings by local day across units, session listings and staff, for a week
// or a month, in the business's zone (or the filtered listing's own zone). Only this vendor's rows.
import { z } from 'zod';
import { id, localDate } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/prisma';
import { addDays, eachLocalDate, isoWeekday, localDateOf, localMinuteOfDay, monthBounds, startOfLocalDay, type LocalDate } from '@/lib/domain/time';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { BLOCKING_STATUSES } from '@/lib/domain/booking-status';
import { listingTimeZone } from '@/lib/domain/listing-rules';

/** What the calendar shows: everything that holds time, and COMPLETED (greyed); never cancelled, declined or expired. */
export const CALENDAR_STATUSES = [...BLOCKING_STATUSES, 'COMPLETED'] as const satisfies readonly BookingStatus[];
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

const MAX_BOOKINGS = 1500;

export const calendarQuerySchema = z.object({
  view: z.enum(['week', 'month']).catch('week').default('week'),
  date: localDate().optional().catch(undefined),
  listing: id().optional().catch(undefined),
});
export type CalendarQuery = z.output<typeof calendarQuerySchema>;

export type CalendarDay = { date: LocalDate; startAt: Date; endAt: Date; isToday: boolean; inRange: boolean };
export type CalendarResource = { key: string; group: 'UNITS' | 'SESSIONS' | 'STAFF'; label: string; detail: string };
export type CalendarEntry = {
  id: string;
  reference: string;
  contactName: string;
  status: CalendarStatus;
  listingTitle: string;
  startAt: Date;
  endAt: Date;
  resourceKeys: string[];
  /** Local date → the time shown that day ("10:00–12:00", "from 22:00", "until 02:00", "all day"). */
  timeOn: Record<LocalDate, string>;
  /** The start in the listing's own zone when it differs from the calendar's, e.g. "16:00 Asia/Bangkok". */
  listingLocalStart?: string;
};

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const mondayOf = (date: LocalDate) => addDays(date, 1 - isoWeekday(date));

/** The part of [startAt, endAt) that falls on one local day, in words. */
export function timeOnDay(startAt: Date, endAt: Date, day: Pick<CalendarDay, 'startAt' | 'endAt'>, zone: string): string {
  const startsToday = startAt >= day.startAt;
  const endsToday = endAt < day.endAt;
  const from = clock(localMinuteOfDay(startAt, zone));
  const until = clock(localMinuteOfDay(endAt, zone));
  if (startsToday && endsToday) return `${from}–${until}`;
  if (startsToday) return startAt.getTime() === day.startAt.getTime() ? 'all day' : `from ${from}`;
  return endsToday ? `until ${until}` : 'all day';
}

function daysOf(first: LocalDate, last: LocalDate, zone: string, today: LocalDate, inRange: (date: LocalDate) => boolean): CalendarDay[] {
  return eachLocalDate(first, last).map((date) => ({
    date,
    startAt: startOfLocalDay(date, zone),
    endAt: startOfLocalDay(addDays(date, 1), zone),
    isToday: date === today,
    inRange: inRange(date),
  }));
}

/** The week (Monday to Sunday) or the month grid (whole weeks) around `date`, with the links around it. */
export function calendarFrame(query: CalendarQuery, zone: string, now: Date) {
  const today = localDateOf(now, zone);
  const anchor = query.date ?? today;
  if (query.view === 'week') {
    const first = mondayOf(anchor);
    const days = daysOf(first, addDays(first, 6), zone, today, () => true);
    return { today, anchor, days, prev: addDays(first, -7), next: addDays(first, 7) };
  }
  const month = anchor.slice(0, 7);
  const { first, last } = monthBounds(month);
  const days = daysOf(mondayOf(first), addDays(mondayOf(last), 6), zone, today, (date) => date.startsWith(month));
  return { today, anchor, days, month, prev: `${addDays(first, -1).slice(0, 7)}-01`, next: addDays(last, 1) };
}

export async function vendorCalendar(db: Db, vendorId: string, rawQuery: unknown, now = new Date()) {
  const query = calendarQuerySchema.parse(rawQuery ?? {});
  const [vendor, listings] = await Promise.all([
    db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { timeZone: true } }),
    db.listing.findMany({ where: { vendorId }, orderBy: { title: 'asc' }, select: { id: true, title: true, kind: true, status: true, timeZone: true } }),
  ]);
  // A listing of another vendor (or none) in the URL is simply not a filter.
  const listing = listings.find((l) => l.id === query.listing) ?? null;
  const filter = listing ? { ...query, listing: listing.id } : { ...query, listing: undefined };
  const zone = listing ? listingTimeZone({ ...listing, vendor }) : vendor.timeZone;
  const frame = calendarFrame(filter, zone, now);
  const from = frame.days[0]!.startAt;
  const to = frame.days[frame.days.length - 1]!.endAt;

  const bookings = await db.booking.findMany({
    where: { vendorId, status: { in: [...CALENDAR_STATUSES] }, startAt: { lt: to }, endAt: { gt: from }, ...(listing ? { listingId: listing.id } : {}) },
    orderBy: [{ startAt: 'asc' }, { reference: 'asc' }],
    take: MAX_BOOKINGS + 1,
    select: {
      id: true,
      reference: true,
      contactName: true,
      status: true,
      startAt: true,
      endAt: true,
      listingId: true,
      kind: true,
      allocations: { select: { unitId: true, staffId: true } },
    },
  });
  const truncated = bookings.length > MAX_BOOKINGS;
  const listingById = new Map(listings.map((l) => [l.id, l]));

  const entries: CalendarEntry[] = bookings.slice(0, MAX_BOOKINGS).map((booking) => {
    const own = listingById.get(booking.listingId)!;
    const ownZone = listingTimeZone({ ...own, vendor });
    const resourceKeys =
      booking.kind === 'SESSION'
        ? [`listing:${booking.listingId}`]
        : [...new Set(booking.allocations.flatMap((a) => (a.unitId ? [`unit:${a.unitId}`] : a.staffId ? [`staff:${a.staffId}`] : [])))];
    const timeOn: Record<LocalDate, string> = {};
    for (const day of frame.days) {
      if (booking.startAt < day.endAt && booking.endAt > day.startAt) timeOn[day.date] = timeOnDay(booking.startAt, booking.endAt, day, zone);
    }
    return {
      id: booking.id,
      reference: booking.reference,
      contactName: booking.contactName,
      status: booking.status as CalendarStatus,
      listingTitle: own.title,
      startAt: booking.startAt,
      endAt: booking.endAt,
      resourceKeys,
      timeOn,
      listingLocalStart: ownZone !== zone ? `${clock(localMinuteOfDay(booking.startAt, ownZone))} ${ownZone}` : undefined,
    };
  });

  const resources = query.view === 'week' ? await calendarResources(db, vendorId, listing?.id, entries) : [];
  const otherZones = [...new Set(listings.filter((l) => l.status !== 'ARCHIVED' && l.timeZone && l.timeZone !== zone).map((l) => l.timeZone!))];
  return {
    query: filter,
    zone,
    businessZone: vendor.timeZone,
    listing,
    listings: listings.filter((l) => l.status !== 'ARCHIVED' || l.id === listing?.id).map(({ id, title }) => ({ id, title })),
    otherZones,
    ...frame,
    resources,
    entries,
    truncated,
  };
}

export type VendorCalendar = Awaited<ReturnType<typeof vendorCalendar>>;

/** The bookings on one local day (optionally of one resource), in start order. */
export function entriesOn(entries: CalendarEntry[], date: LocalDate, resourceKey?: string): CalendarEntry[] {
  return entries.filter((entry) => date in entry.timeOn && (!resourceKey || entry.resourceKeys.includes(resourceKey)));
}

/**
 * One row per rental unit, session listing and staff member: the active ones of live listings
 * (or of the filtered listing), plus any that hold a booking in view even if since retired.
 */
async function calendarResources(db: Db, vendorId: string, listingId: string | undefined, entries: CalendarEntry[]): Promise<CalendarResource[]> {
  const booked = (prefix: string) => [...new Set(entries.flatMap((e) => e.resourceKeys).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)))];
  const liveListing = listingId ? { id: listingId } : { status: { not: 'ARCHIVED' as const } };
  const [units, sessionListings, staff] = await Promise.all([
    db.rentalUnit.findMany({
      where: { listing: { vendorId }, OR: [{ active: true, listing: liveListing }, { id: { in: booked('unit:') } }] },
      select: { id: true, code: true, name: true, listing: { select: { title: true } } },
    }),
    db.listing.findMany({
      where: { vendorId, kind: 'SESSION', OR: [liveListing, { id: { in: booked('listing:') } }] },
      select: { id: true, title: true },
    }),
    db.staffMember.findMany({
      where: { vendorId, OR: [{ active: true, ...(listingId ? { services: { some: { listingId } } } : {}) }, { id: { in: booked('staff:') } }] },
      select: { id: true, name: true, active: true, services: { select: { listing: { select: { title: true } } } } },
    }),
  ]);
  const byText = (a: { label: string; detail: string }, b: { label: string; detail: string }) => a.detail.localeCompare(b.detail) || a.label.localeCompare(b.label, undefined, { numeric: true });
  return [
    ...units.map((u) => ({ key: `unit:${u.id}`, group: 'UNITS' as const, label: u.name ? `${u.code} · ${u.name}` : u.code, detail: u.listing.title })).sort(byText),
    ...sessionListings.map((l) => ({ key: `listing:${l.id}`, group: 'SESSIONS' as const, label: l.title, detail: 'Sessions' })).sort(byText),
    ...staff
      .map((s) => ({ key: `staff:${s.id}`, group: 'STAFF' as const, label: s.name, detail: s.active ? s.services.map((x) => x.listing.title).join(', ') || 'No services' : 'Inactive' }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];
}

/** The calendar's address for a view, date and listing; everything the page shows lives in the URL. */
export function calendarHref(query: { view?: 'week' | 'month'; date?: string; listing?: string }): string {
  const params = new URLSearchParams();
  if (query.view && query.view !== 'week') params.set('view', query.view);
  if (query.date) params.set('date', query.date);
  if (query.listing) params.set('listing', query.listing);
  const search = params.toString();
  return search ? `/dashboard/calendar?${search}` : '/dashboard/calendar';
}

