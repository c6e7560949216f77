import 'server-only';
// External calendars of a rental unit (a boat also listed on another platform, a car also rented by
// phone): the same iCal import as staff members', whose busy times block the unit like a booking.
import { isUniqueViolation } from '@/lib/db/errors';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import type { UnitExternalCalendarInput } from './staff-schemas';

const MAX_CALENDARS = 10;

export async function addUnitExternalCalendar(db: Db, actor: MemberActor, input: UnitExternalCalendarInput) {
  const unit = await db.rentalUnit.findFirst({ where: { id: input.unitId, listing: { vendorId: actor.vendorId } }, select: { id: true } });
  if (!unit) throw new NotFound('Unit not found.');
  if ((await db.externalCalendar.count({ where: { unitId: unit.id } })) >= MAX_CALENDARS) throw new PolicyViolation(`A unit can have at most ${MAX_CALENDARS} external calendars.`);
  try {
    return await db.externalCalendar.create({ data: { unitId: unit.id, name: input.name, url: input.url } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationFailed('This calendar is already added.', { url: ['This calendar is already added'] });
    throw error;
  }
}
