import 'server-only';
// Dated sessions of a SESSION listing: one-off, or a weekly series created in one go.
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { addDays, eachLocalDate, isoWeekday, localDateOf, localMinuteOfDay, localTimeToInstant, parseClockTime, resolveLocalTime } from '@/lib/domain/time';
import { ownListing } from './ownership';
import type { MemberActor } from '@/lib/domain/actor';
import type { CreateSessionInput, RecurringSessionsInput, UpdateSessionInput } from './inventory-schemas';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import { inBookingTransaction } from '@/lib/booking/transaction';
import { assertHostFree, hostBusyTimes, hostConflict, lockHost } from './session-host';

async function sessionListing(db: DbOrTx, actor: MemberActor, listingId: string) {
  const listing = await ownListing(db, actor, listingId);
  if (listing.kind !== 'SESSION') throw new PolicyViolation('Only session listings have dated sessions.');
  if (listing.status === 'ARCHIVED') throw new PolicyViolation('An archived listing cannot be changed.');
  return { listing, zone: listingTimeZone(listing) };
}

const sessionTimes = (date: string, time: string, durationMinutes: number, zone: string) => {
  const startAt = localTimeToInstant(date, parseClockTime(time), zone);
  return { startAt, endAt: new Date(startAt.getTime() + durationMinutes * 60_000) };
};

export async function createSession(db: Db, actor: MemberActor, input: CreateSessionInput, now = new Date()) {
  const { listing, zone } = await sessionListing(db, actor, input.listingId);
  if (!resolveLocalTime(input.date, parseClockTime(input.time), zone).exists) {
    throw new ValidationFailed('That time does not exist on that day (clocks go forward).', { time: ['This time is skipped by a clock change'] });
  }
  const { startAt, endAt } = sessionTimes(input.date, input.time, input.durationMinutes, zone);
  if (startAt <= now) throw new ValidationFailed('A session must start in the future.', { date: ['Choose a future date and time'] });
  try {
    return await inBookingTransaction(db, async (tx) => {
      // The host's staff row is locked as a 1:1 booking locks it: the two never both win the hour.
      if (input.hostStaffId) await assertHostFree(tx, await lockHost(tx, actor.vendorId, input.hostStaffId), { startAt, endAt }, listing, now);
      return tx.listingSession.create({ data: { listingId: listing.id, startAt, endAt, capacity: input.capacity, hostStaffId: input.hostStaffId ?? null } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationFailed('There is already a session at that time.', { time: ['A session already starts at this time'] });
    throw error;
  }
}

/**
 * Every chosen weekday at the same wall-clock time for `weeks` weeks from startDate, in the
 * listing's zone (so 10:00 stays 10:00 across DST). Times already taken, in the past or skipped
 * by a clock change are left out; returns how many were created and skipped.
 */
export async function createRecurringSessions(db: Db, actor: MemberActor, input: RecurringSessionsInput, now = new Date()) {
  const { listing, zone } = await sessionListing(db, actor, input.listingId);
  const minute = parseClockTime(input.time);
  const dates = eachLocalDate(input.startDate, addDays(input.startDate, input.weeks * 7 - 1)).filter((date) => input.weekdays.includes(isoWeekday(date)));
  const rows = dates
    .filter((date) => resolveLocalTime(date, minute, zone).exists)
    .map((date) => ({ listingId: listing.id, capacity: input.capacity, hostStaffId: input.hostStaffId ?? null, ...sessionTimes(date, input.time, input.durationMinutes, zone) }))
    .filter((row) => row.startAt > now);
  if (rows.length === 0) return { created: 0, skipped: dates.length, hostBusy: 0 };
  return inBookingTransaction(db, async (tx) => {
    let free = rows;
    if (input.hostStaffId) {
      // Dates on which the host is busy are left out, like dates already taken.
      const host = await lockHost(tx, actor.vendorId, input.hostStaffId);
      const busy = await hostBusyTimes(tx, host.id, new Date(rows[0]!.startAt.getTime() - 86_400_000), new Date(rows.at(-1)!.endAt.getTime() + 86_400_000), now);
      free = rows.filter((row) => !hostConflict(busy, row, listing));
    }
    const { count } = free.length ? await tx.listingSession.createMany({ data: free, skipDuplicates: true }) : { count: 0 };
    return { created: count, skipped: dates.length - count, hostBusy: rows.length - free.length };
  });
}

/** Cancels a session nobody has booked; a booked one needs its bookings cancelled first. */
export async function cancelSession(db: Db, actor: MemberActor, input: { sessionId: string }) {
  return db.$transaction(async (tx) => {
    const [session] = await tx.$queryRaw<{ id: string; seatsTaken: number; status: string }[]>`
      SELECT s."id", s."seatsTaken", s."status" FROM "ListingSession" s JOIN "Listing" l ON l."id" = s."listingId"
      WHERE s."id" = ${input.sessionId}::uuid AND l."vendorId" = ${actor.vendorId}::uuid FOR UPDATE OF s`;
    if (!session) throw new NotFound('Session not found.');
    if (session.seatsTaken > 0) throw new PolicyViolation('This session has bookings. Cancel them first, then the session.');
    return tx.listingSession.update({ where: { id: session.id }, data: { status: 'CANCELLED' } });
  });
}

/**
 * Changes a scheduled session. The capacity may change at any time but never below the seats
 * already taken (the database's CHECK holds it too); the time only while nobody has booked, since
 * booked guests planned around it.
 */
export async function updateSession(db: Db, actor: MemberActor, input: UpdateSessionInput, now = new Date()) {
  return inBookingTransaction(db, async (tx) => {
    const [session] = await tx.$queryRaw<{ id: string; listingId: string; seatsTaken: number; status: string; startAt: Date; endAt: Date; hostStaffId: string | null }[]>`
      SELECT s."id", s."listingId", s."seatsTaken", s."status", s."startAt", s."endAt", s."hostStaffId" FROM "ListingSession" s JOIN "Listing" l ON l."id" = s."listingId"
      WHERE s."id" = ${input.sessionId}::uuid AND l."vendorId" = ${actor.vendorId}::uuid FOR UPDATE OF s`;
    if (!session) throw new NotFound('Session not found.');
    if (session.status === 'CANCELLED') throw new PolicyViolation('This session is cancelled and cannot be changed.');
    const { listing, zone } = await sessionListing(tx, actor, session.listingId);
    if (input.capacity !== undefined && input.capacity < session.seatsTaken) {
      throw new ValidationFailed(`${session.seatsTaken} seats are already booked: the capacity cannot be lower.`, { capacity: [`At least ${session.seatsTaken}`] });
    }
    const retimed = input.date !== undefined || input.time !== undefined || input.durationMinutes !== undefined;
    let times: { startAt: Date; endAt: Date } | undefined;
    if (retimed) {
      if (session.seatsTaken > 0) throw new PolicyViolation('This session has bookings, so its time cannot change. Cancel them first, or add a new session.');
      const date = input.date ?? localDateOf(session.startAt, zone);
      const minute = input.time !== undefined ? parseClockTime(input.time) : localMinuteOfDay(session.startAt, zone);
      const duration = input.durationMinutes ?? Math.round((session.endAt.getTime() - session.startAt.getTime()) / 60_000);
      if (!resolveLocalTime(date, minute, zone).exists) {
        throw new ValidationFailed('That time does not exist on that day (clocks go forward).', { time: ['This time is skipped by a clock change'] });
      }
      const startAt = localTimeToInstant(date, minute, zone);
      times = { startAt, endAt: new Date(startAt.getTime() + duration * 60_000) };
      if (times.startAt <= now) throw new ValidationFailed('A session must start in the future.', { date: ['Choose a future date and time'] });
    }
    const hostStaffId = input.hostStaffId === undefined ? session.hostStaffId : input.hostStaffId;
    if (hostStaffId && (times || hostStaffId !== session.hostStaffId)) {
      const range = times ?? { startAt: session.startAt, endAt: session.endAt };
      await assertHostFree(tx, await lockHost(tx, actor.vendorId, hostStaffId), range, listing, now, session.id);
    }
    try {
      return await tx.listingSession.update({
        where: { id: session.id },
        data: { ...(input.capacity !== undefined ? { capacity: input.capacity } : {}), ...times, ...(input.hostStaffId !== undefined ? { hostStaffId } : {}) },
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ValidationFailed('There is already a session at that time.', { time: ['A session already starts at this time'] });
      throw error;
    }
  });
}
