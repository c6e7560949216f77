import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { addDays, localDateOf, monthBounds, eachLocalDate, startOfLocalDay, type LocalDate } from '@/lib/domain/time';
import { appointmentSlotsBetween, sessionsBetween } from './listing-availability';

// A session or appointment listing read in the viewer's own time zone: the days of the month
// grid are the viewer's days, and a day offers the sessions or slots that start in it there.
// The slots themselves are the same ones the listing's own zone shows (same queries).

type Listing = { id: string; kind: 'SESSION' | 'APPOINTMENT' };

const dayBounds = (date: LocalDate, zone: string) => ({ from: startOfLocalDay(date, zone), to: startOfLocalDay(addDays(date, 1), zone) });

/** Sessions (with seats left) or free slots starting in [from, to). */
async function startsBetween(db: Db, listing: Listing, listingZone: string, from: Date, to: Date, now: Date) {
  if (listing.kind === 'SESSION') {
    const { sessions } = await sessionsBetween(db, listing.id, from, to, now);
    return { sessions: sessions.filter((s) => s.startAt >= from && s.startAt < to), slots: [] };
  }
  const { slots } = await appointmentSlotsBetween(db, listing.id, localDateOf(from, listingZone), localDateOf(new Date(to.getTime() - 1), listingZone), { now });
  return { sessions: [], slots: slots.filter((s) => s.startAt >= from && s.startAt < to) };
}

/** The month grid in the viewer's zone: each viewer day, bookable when something bookable starts in it. */
export async function viewerMonthSchedule(db: Db, listing: Listing, listingZone: string, viewZone: string, month: string, now = new Date()) {
  const { first, last } = monthBounds(month);
  const from = startOfLocalDay(first, viewZone);
  const to = startOfLocalDay(addDays(last, 1), viewZone);
  const found = await startsBetween(db, listing, listingZone, from, to, now);
  const bookableDays = new Set([...found.sessions.filter((s) => s.bookable).map((s) => localDateOf(s.startAt, viewZone)), ...found.slots.map((s) => localDateOf(s.startAt, viewZone))]);
  return eachLocalDate(first, last).map((date) => ({ date, bookable: bookableDays.has(date) }));
}

/** The sessions or slots of one viewer day. */
export function viewerDayChoices(db: Db, listing: Listing, listingZone: string, viewZone: string, date: LocalDate, now = new Date()) {
  const { from, to } = dayBounds(date, viewZone);
  return startsBetween(db, listing, listingZone, from, to, now);
}
