import 'server-only';
// Staff members of an appointment business: who they are, which services they give, when they work.
import { isUniqueViolation } from '@/lib/db/errors';
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { addDays, parseClockTime, startOfLocalDay } from '@/lib/domain/time';
import { ownStaffMember } from './ownership';
import type { MemberActor } from '@/lib/domain/actor';
import type { ExceptionInput, ExternalCalendarInput, StaffInput, StaffServicesInput, TimeOffInput, UpdateStaffInput, WeeklyRulesInput } from './staff-schemas';
import { afterCatalogWrite, CATALOG_TAGS, expireCatalog } from '@/lib/catalog/cache-tags';

/**
 * Refuses to take this staff member away from a PUBLISHED appointment listing they are the last
 * active giver of. The listings are locked (as setListingStatus does) whatever their status, so a
 * concurrent publish or a second deactivation waits and then counts what this one committed.
 */
async function assertNotLastStaff(tx: DbOrTx, staffId: string, listingIds: string[]) {
  if (listingIds.length === 0) return;
  const listings = await tx.$queryRaw<Array<{ id: string; title: string; status: string; kind: string }>>`
    SELECT "id", "title", "status"::text AS "status", "kind"::text AS "kind" FROM "Listing"
    WHERE "id" = ANY(${listingIds}::uuid[]) ORDER BY "id" FOR UPDATE`;
  const live = listings.filter((listing) => listing.status === 'PUBLISHED' && listing.kind === 'APPOINTMENT');
  if (live.length === 0) return;
  // One query for all of them: which live listings someone else active still gives.
  const givenByOthers = await tx.staffService.groupBy({
    by: ['listingId'],
    where: { listingId: { in: live.map((listing) => listing.id) }, staffId: { not: staffId }, staff: { active: true } },
  });
  const covered = new Set(givenByOthers.map((row) => row.listingId));
  const orphaned = live.find((listing) => !covered.has(listing.id));
  if (orphaned) throw new PolicyViolation(`Unpublish ${orphaned.title} first or add another staff member.`);
}

export async function createStaffMember(db: Db, actor: MemberActor, input: StaffInput) {
  return db.staffMember.create({ data: { vendorId: actor.vendorId, name: input.name, email: input.email ?? null, bio: input.bio, active: input.active } });
}

export async function updateStaffMember(db: Db, actor: MemberActor, input: UpdateStaffInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  // Listing pages show who gives a service (name, bio, photo).
  return afterCatalogWrite(db.$transaction(async (tx) => {
    if (staff.active && !input.active) {
      const services = await tx.staffService.findMany({ where: { staffId: staff.id }, select: { listingId: true } });
      await assertNotLastStaff(tx, staff.id, services.map((s) => s.listingId));
    }
    return tx.staffMember.update({ where: { id: staff.id }, data: { name: input.name, email: input.email ?? null, bio: input.bio, active: input.active } });
  }), [CATALOG_TAGS.listings]);
}

/** Replaces the services (APPOINTMENT listings of the same vendor) the staff member gives. */
export async function setStaffServices(db: Db, actor: MemberActor, input: StaffServicesInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  const listingIds = [...new Set(input.listingIds)];
  const owned = await db.listing.count({ where: { id: { in: listingIds }, vendorId: actor.vendorId, kind: 'APPOINTMENT' } });
  if (owned !== listingIds.length) throw new NotFound('Service not found.');
  await db.$transaction(async (tx) => {
    const removed = await tx.staffService.findMany({ where: { staffId: staff.id, listingId: { notIn: listingIds } }, select: { listingId: true } });
    if (staff.active) await assertNotLastStaff(tx, staff.id, removed.map((s) => s.listingId)); // an inactive member gives nothing now
    await tx.staffService.deleteMany({ where: { staffId: staff.id, listingId: { notIn: listingIds } } });
    await tx.staffService.createMany({ data: listingIds.map((listingId) => ({ staffId: staff.id, listingId })), skipDuplicates: true });
  });
  expireCatalog([CATALOG_TAGS.listings]);
}

/** Replaces the weekly working hours (wall-clock times in the vendor's zone); overlapping hours are refused. */
export async function setWeeklyRules(db: Db, actor: MemberActor, input: WeeklyRulesInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  const rules = input.rules
    .map((rule) => ({ staffId: staff.id, weekday: rule.weekday, startMinute: parseClockTime(rule.start), endMinute: parseClockTime(rule.end) }))
    .sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  for (let i = 1; i < rules.length; i += 1) {
    if (rules[i]!.weekday === rules[i - 1]!.weekday && rules[i]!.startMinute < rules[i - 1]!.endMinute) {
      throw new ValidationFailed('Working hours on the same day must not overlap.', { rules: ['Working hours on the same day overlap'] });
    }
  }
  await db.$transaction([db.availabilityRule.deleteMany({ where: { staffId: staff.id } }), db.availabilityRule.createMany({ data: rules })]);
}

/** A dated override: closed all day, closed for some hours, or extra hours. */
export async function addAvailabilityException(db: Db, actor: MemberActor, input: ExceptionInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  const start = input.start ? parseClockTime(input.start) : null;
  const end = input.end ? parseClockTime(input.end) : null;
  if ((start === null) !== (end === null) || (start !== null && end !== null && start >= end)) {
    throw new ValidationFailed('Give both times with the end after the start, or none for the whole day.', { end: ['The end must be after the start'] });
  }
  if (input.available && start === null) throw new ValidationFailed('Extra hours need a start and an end.', { start: ['Give the extra hours'] });
  return db.availabilityException.create({
    data: { staffId: staff.id, date: new Date(`${input.date}T00:00:00Z`), available: input.available, startMinute: start, endMinute: end, reason: input.reason ?? null },
  });
}

/** Whole local days off, from the first day's start to the end of the last one, in the vendor's zone. */
export async function addTimeOff(db: Db, actor: MemberActor, input: TimeOffInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  const zone = staff.vendor.timeZone;
  return db.staffTimeOff.create({
    data: { staffId: staff.id, startAt: startOfLocalDay(input.startDate, zone), endAt: startOfLocalDay(addDays(input.endDate, 1), zone), reason: input.reason ?? null },
  });
}

export async function removeTimeOff(db: Db, actor: MemberActor, input: { timeOffId: string }) {
  const { count } = await db.staffTimeOff.deleteMany({ where: { id: input.timeOffId, staff: { vendorId: actor.vendorId } } });
  if (count === 0) throw new NotFound('Time off not found.');
}

export async function removeAvailabilityException(db: Db, actor: MemberActor, input: { exceptionId: string }) {
  const { count } = await db.availabilityException.deleteMany({ where: { id: input.exceptionId, staff: { vendorId: actor.vendorId } } });
  if (count === 0) throw new NotFound('Exception not found.');
}


// ── External calendars (iCal "secret addresses") whose busy times block the staff member ──

const MAX_CALENDARS = 10;

export async function addExternalCalendar(db: Db, actor: MemberActor, input: ExternalCalendarInput) {
  const staff = await ownStaffMember(db, actor, input.staffId);
  const existing = await db.externalCalendar.findMany({ where: { staffId: staff.id }, select: { url: true } });
  if (existing.length >= MAX_CALENDARS) throw new PolicyViolation(`A staff member can have at most ${MAX_CALENDARS} external calendars.`);
  try {
    return await db.externalCalendar.create({ data: { staffId: staff.id, name: input.name, url: input.url } });
  } catch (error) {
    // Two adds of the same address at once: the unique index keeps one.
    if (isUniqueViolation(error)) throw new ValidationFailed('This calendar is already added.', { url: ['This calendar is already added'] });
    throw error;
  }
}

/** A calendar of one of the business's staff members or rental units. */
export const ownCalendarWhere = (vendorId: string) => ({ OR: [{ staff: { vendorId } }, { unit: { listing: { vendorId } } }] });

/** Removes the calendar (a staff member's or a unit's) and, with it (cascade), the busy times it imported. */
export async function removeExternalCalendar(db: Db, actor: MemberActor, input: { calendarId: string }) {
  const { count } = await db.externalCalendar.deleteMany({ where: { id: input.calendarId, ...ownCalendarWhere(actor.vendorId) } });
  if (count === 0) throw new NotFound('Calendar not found.');
}
