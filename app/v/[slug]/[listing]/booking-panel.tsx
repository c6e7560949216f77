import { cookies } from 'next/headers';
import { BookingForm, type SessionChoice, type SlotChoice } from '@/components/booking/booking-form';
import { ZoneSwitch } from '@/components/booking/zone-switch';
import { viewerDayChoices, viewerMonthSchedule } from '@/lib/availability-queries/viewer-zone-schedule';
import { chooseViewZone, VIEW_ZONE_COOKIE } from '@/lib/format/view-zone';
import { MonthCalendar } from '@/components/booking/month-calendar';
import { getCurrentUser } from '@/lib/auth/current-user';
import { appointmentSlotsBetween, listingMonthSchedule, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import { prisma } from '@/lib/db/prisma';
import { addDays, localDateOf, startOfLocalDay } from '@/lib/domain/time';
import { formatTime, zoneName } from '@/lib/format/date-time';
import type { Listing } from '@/lib/generated/prisma/client';
import { bookingFormAction, previewAction } from '@/lib/actions/book';
import { isRealLocalDate, isRealLocalMonth } from '@/lib/validation/fields';

type Props = {
  listing: Pick<Listing, 'id' | 'kind' | 'pricingUnit' | 'bookingMode' | 'minDurationMinutes' | 'maxQuantityPerBooking'> & { staff: Array<{ staff: { id: string; name: string; bio: string; photoUrl: string | null } }> };
  zone: string;
  basePath: string;
  month?: string;
  date?: string;
  /** Dates carried from a search result ('YYYY-MM-DD'): the day to show, and for rentals the pick-up and return. */
  from?: string;
  to?: string;
};

const shiftMonth = (month: string, by: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};

/** The calendar, the pickers for the chosen day, and the booking form, in the listing's zone. */
export async function BookingPanel({ listing, zone, basePath, month: monthParam, date: dateAsked, from, to }: Props) {
  const now = new Date();
  const user = await getCurrentUser();
  // Sessions and appointments can be read in the viewer's zone (their choice, remembered in a
  // cookie); rentals count calendar days in the listing's zone, so they stay in it.
  const timed = listing.kind === 'SESSION' || listing.kind === 'APPOINTMENT' ? { id: listing.id, kind: listing.kind } : null;
  const viewZone = timed ? chooseViewZone((await cookies()).get(VIEW_ZONE_COOKIE)?.value, zone) : zone;
  const inViewerZone = timed && viewZone !== zone ? timed : null;
  const today = localDateOf(now, viewZone);
  // The searched dates apply until the guest picks another day in the calendar.
  const searched = from && isRealLocalDate(from) && from >= today ? { from, to: to && isRealLocalDate(to) && to > from ? to : undefined } : null;
  const dateParam = dateAsked ?? searched?.from;
  const thisMonth = today.slice(0, 7);
  const month = monthParam && isRealLocalMonth(monthParam) && monthParam >= thisMonth ? monthParam : (dateParam && isRealLocalDate(dateParam) ? dateParam.slice(0, 7) : thisMonth);
  const days = inViewerZone ? await viewerMonthSchedule(prisma, inViewerZone, zone, viewZone, month, now) : await listingMonthSchedule(prisma, listing.id, month, now);
  const selected = dateParam && isRealLocalDate(dateParam) && dateParam.startsWith(month) ? dateParam : days.find((d) => d.bookable)?.date;

  // In the viewer's zone each time also names the listing's, so both zones are always in view.
  const time = { format: (at: Date) => (inViewerZone ? `${formatTime(at, viewZone)} ${zoneName(viewZone, at)} · ${formatTime(at, zone)} ${zoneName(zone, at)}` : formatTime(at, zone)) };
  let sessions: SessionChoice[] = [];
  let slots: SlotChoice[] = [];
  if (selected && inViewerZone) {
    const found = await viewerDayChoices(prisma, inViewerZone, zone, viewZone, selected, now);
    sessions = found.sessions.map((s) => ({
      id: s.id,
      seatsLeft: s.seatsLeft,
      bookable: s.bookable,
      label: `${time.format(s.startAt)} · ${s.soldOut ? 'sold out' : `${s.seatsLeft} seats left`}`,
    }));
    slots = found.slots.map((s) => ({ startAt: s.startAt.toISOString(), label: time.format(s.startAt), staffIds: s.staffIds }));
  } else if (selected && listing.kind === 'SESSION') {
    const from = startOfLocalDay(selected, zone);
    const { sessions: found } = await sessionsBetween(prisma, listing.id, from, startOfLocalDay(addDays(selected, 1), zone), now);
    sessions = found.map((s) => ({
      id: s.id,
      seatsLeft: s.seatsLeft,
      bookable: s.bookable,
      label: `${time.format(s.startAt)}–${time.format(s.endAt)} · ${s.soldOut ? 'sold out' : `${s.seatsLeft} seats left`}`,
    }));
  }
  if (selected && listing.kind === 'APPOINTMENT') {
    const { slots: found } = await appointmentSlotsBetween(prisma, listing.id, selected, selected, { now });
    slots = found.map((s) => ({ startAt: s.startAt.toISOString(), label: time.format(s.startAt), staffIds: s.staffIds }));
  }

  const dayPriced = listing.kind === 'RENTAL' && listing.pricingUnit !== 'HOUR';
  const fromSearch = searched && selected === searched.from;
  const defaults =
    listing.kind === 'RENTAL' && selected
      ? dayPriced
        ? { start: selected, end: fromSearch && searched.to ? searched.to : addDays(selected, 1) }
        : { start: `${selected}T10:00`, end: `${selected}T${String(10 + Math.max(1, Math.ceil((listing.minDurationMinutes ?? 60) / 60))).padStart(2, '0')}:00` }
      : {};
  const href = ({ month: m, date }: { month: string; date?: string }) => `${basePath}?month=${m}${date ? `&date=${date}` : ''}#book`;

  return (
    <section id="book" aria-labelledby="book-title" className="space-y-5 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="book-title" className="text-lg font-semibold">
        {listing.bookingMode === 'INSTANT' ? 'Book' : 'Request to book'}
      </h2>
      {timed ? <ZoneSwitch listingZone={zone} shownZone={viewZone} profileZone={user?.timeZone ?? null} /> : null}
      {inViewerZone ? (
        <p className="text-sm text-slate-600" data-testid="zone-shown">
          Days and times in your zone, {viewZone} ({zoneName(viewZone, now)}); the listing is in {zone} ({zoneName(zone, now)}).
        </p>
      ) : null}
      <MonthCalendar
        month={month}
        days={days.map((d) => ({ date: d.date, bookable: d.bookable }))}
        selectedDate={selected}
        href={href}
        previousMonth={month > thisMonth ? shiftMonth(month, -1) : null}
        nextMonth={shiftMonth(month, 1)}
      />
      {/* One form across day changes (no per-day key): the guest's name, email and notes survive
          picking another day; the form resets only the time fields for the new day. */}
      <BookingForm
        key={listing.id}
        day={selected ?? null}
        listingId={listing.id}
        kind={listing.kind}
        rangeInput={dayPriced ? 'date' : 'datetime-local'}
        instant={listing.bookingMode === 'INSTANT'}
        zone={viewZone}
        zoneNote={inViewerZone ? `Times are in ${viewZone} (${zoneName(viewZone, now)}), with the listing's ${zone} (${zoneName(zone, now)}) beside them.` : `Times are in ${zone} (${zoneName(zone, now)}).`}
        maxQuantity={listing.maxQuantityPerBooking}
        defaults={defaults}
        sessions={sessions}
        slots={slots}
        staff={listing.staff.map((s) => s.staff)}
        contact={user ? { name: user.name, email: user.email, phone: user.phone ?? '' } : null}
        preview={previewAction}
        submit={bookingFormAction}
        cart
      />
    </section>
  );
}
