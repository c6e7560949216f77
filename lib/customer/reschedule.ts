import 'server-only';
import { appointmentSlotsBetween, sessionsBetween } from '@/lib/availability-queries/listing-availability';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { addDays, localDateOf, localTimeToInstant, type LocalDate } from '@/lib/domain/time';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { formatRange, formatTime, zoneName } from '@/lib/format/date-time';
import type { BookingWithDetails } from './booking-view';
import { fromLocalInput, toLocalInput } from '@/lib/booking/local-input';
import type { RescheduleFormInput } from './schemas';
import { isRealLocalDate } from '@/lib/validation/fields';

// What a booking can be moved to (for the reschedule form) and the form's input turned into the
// service's. rescheduleBooking decides; the choices offered here come from the same read models
// the listing page uses.

export type TimeChoice = { value: string; label: string };

export type RescheduleOptions =
  | { kind: 'RENTAL'; timeZone: string; zoneLabel: string; startLocal: string; endLocal: string }
  | { kind: 'SESSION'; timeZone: string; choices: TimeChoice[] }
  | {
      kind: 'APPOINTMENT';
      timeZone: string;
      zoneLabel: string;
      durationMinutes: number;
      date: LocalDate;
      minDate: LocalDate;
      maxDate: LocalDate;
      choices: TimeChoice[];
      /** The staff member booked (null when none is recorded) and whether the customer accepts anyone. */
      staff: { name: string; anyone: boolean } | null;
    };

const SESSION_HORIZON_DAYS = 120;

export async function rescheduleOptions(
  db: Db,
  booking: BookingWithDetails,
  requestedDate: string | undefined,
  now: Date,
  { anyone = false }: { anyone?: boolean } = {},
): Promise<RescheduleOptions> {
  const zone = booking.timeZone;
  const label = (startAt: Date, endAt: Date) => `${formatRange(startAt, endAt, zone)} (${zoneName(zone, startAt)})`;

  if (booking.kind === 'RENTAL') {
    return { kind: 'RENTAL', timeZone: zone, zoneLabel: `${zone}, ${zoneName(zone, booking.startAt)}`, startLocal: toLocalInput(booking.startAt, zone), endLocal: toLocalInput(booking.endAt, zone) };
  }

  if (booking.kind === 'SESSION') {
    const current = booking.allocations.find((a) => a.sessionId)?.sessionId;
    const { sessions } = await sessionsBetween(db, booking.listingId, now, new Date(now.getTime() + SESSION_HORIZON_DAYS * 86_400_000), now);
    const choices = sessions
      .filter((s) => s.bookable && s.seatsLeft >= booking.quantity && s.id !== current)
      .map((s) => ({ value: s.id, label: `${label(s.startAt, s.endAt)} · ${s.seatsLeft} ${s.seatsLeft === 1 ? 'seat' : 'seats'} left` }));
    return { kind: 'SESSION', timeZone: zone, choices };
  }

  const minDate = localDateOf(now, zone);
  const maxDate = addDays(minDate, booking.listing.maxAdvanceDays);
  const bookedDate = localDateOf(booking.startAt, zone);
  const fallback = bookedDate >= minDate ? bookedDate : minDate;
  const date = requestedDate && isRealLocalDate(requestedDate) && requestedDate >= minDate && requestedDate <= maxDate ? requestedDate : fallback;
  const { slots } = await appointmentSlotsBetween(db, booking.listingId, date, date, { now });
  // Only the booked staff member's times, unless the customer accepts anyone available.
  const booked = booking.allocations.find((a) => a.staffId && a.staff);
  const keepStaff = booked && !anyone ? booked.staffId : null;
  const choices = slots
    .filter((slot) => slot.startAt.getTime() !== booking.startAt.getTime())
    .filter((slot) => !keepStaff || slot.staffIds.includes(keepStaff))
    .map((slot) => ({ value: slot.startAt.toISOString(), label: formatTime(slot.startAt, zone) }));
  const noon = localTimeToInstant(date, 12 * 60, zone);
  const minutes = Math.round((booking.endAt.getTime() - booking.startAt.getTime()) / 60_000);
  const staff = booked?.staff ? { name: booked.staff.name, anyone } : null;
  return { kind: 'APPOINTMENT', timeZone: zone, zoneLabel: `${zoneName(zone, noon)}, ${zone}`, durationMinutes: minutes, date, minDate, maxDate, choices, staff };
}

/** The reschedule form's choice as the service's input, read in the booking's zone. */
export async function rescheduleFromForm(db: Db, bookingId: string, form: RescheduleFormInput, actor: Actor, now = new Date()) {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, select: { kind: true, timeZone: true } });
  if (!booking) throw new NotFound('This booking does not exist.');
  if (form.kind !== booking.kind) throw new ValidationFailed('Choose a new time for this booking.');
  switch (form.kind) {
    case 'RENTAL':
      return rescheduleBooking(
        db,
        bookingId,
        { startAt: fromLocalInput(form.startLocal, booking.timeZone, 'startLocal'), endAt: fromLocalInput(form.endLocal, booking.timeZone, 'endLocal') },
        actor,
        now,
      );
    case 'SESSION':
      return rescheduleBooking(db, bookingId, { sessionId: form.sessionId }, actor, now);
    case 'APPOINTMENT':
      return rescheduleBooking(db, bookingId, { startAt: new Date(form.startAt), anyStaff: form.staff === 'any' }, actor, now);
  }
}
