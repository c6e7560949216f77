'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  addAvailabilityException,
  addExternalCalendar,
  addTimeOff,
  createStaffMember,
  removeAvailabilityException,
  removeExternalCalendar,
  removeTimeOff,
  setStaffServices,
  setWeeklyRules,
  updateStaffMember,
} from '@/lib/business/staff';
import {
  exceptionSchema,
  externalCalendarSchema,
  removeExternalCalendarSchema,
  staffSchema,
  staffServicesSchema,
  timeOffSchema,
  updateStaffSchema,
  weeklyRulesSchema,
} from '@/lib/business/staff-schemas';
import { syncOwnExternalCalendar } from '@/lib/calendars/sync-external-calendars';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { memberAction } from '@/lib/http/actions';
import { id } from '@/lib/validation/fields';
import { STAFF } from './paths';

// Staff members: who they are, the services they give, their hours, time off and external calendars.

const refreshStaff = () => revalidatePath(STAFF, 'layout');

/** A staff change whose result the form does not need. */
const staffChange = <S extends z.ZodType>(schema: S, change: (actor: MemberActor, data: z.output<S>) => Promise<unknown>) =>
  memberAction(
    schema,
    async (data, { actor }) => {
      await change(actor, data);
    },
    { after: refreshStaff },
  );

export const createStaffAction = memberAction(staffSchema, async (data, { actor }) => (await createStaffMember(prisma, actor, data)).id, {
  after: (staffId) => {
    refreshStaff();
    redirect(`${STAFF}/${staffId}`);
  },
});

export const updateStaffAction = staffChange(updateStaffSchema, (actor, data) => updateStaffMember(prisma, actor, data));
export const setStaffServicesAction = staffChange(staffServicesSchema, (actor, data) => setStaffServices(prisma, actor, data));
export const setWeeklyRulesAction = staffChange(weeklyRulesSchema, (actor, data) => setWeeklyRules(prisma, actor, data));
export const addExceptionAction = staffChange(exceptionSchema, (actor, data) => addAvailabilityException(prisma, actor, data));
export const removeExceptionAction = staffChange(z.object({ exceptionId: id() }), (actor, data) => removeAvailabilityException(prisma, actor, data));
export const addTimeOffAction = staffChange(timeOffSchema, (actor, data) => addTimeOff(prisma, actor, data));
export const removeTimeOffAction = staffChange(z.object({ timeOffId: id() }), (actor, data) => removeTimeOff(prisma, actor, data));
export const addExternalCalendarAction = staffChange(externalCalendarSchema, (actor, data) => addExternalCalendar(prisma, actor, data));
export const removeExternalCalendarAction = staffChange(removeExternalCalendarSchema, (actor, data) => removeExternalCalendar(prisma, actor, data));

/** "Sync now": ok when the sync ran, even if the feed failed (the result and lastError say why). */
export const syncExternalCalendarAction = memberAction(removeExternalCalendarSchema, (data, { actor }) => syncOwnExternalCalendar(prisma, actor, data), {
  after: refreshStaff,
});
