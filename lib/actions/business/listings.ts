'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { syncOwnExternalCalendar, type SyncResult } from '@/lib/calendars/sync-external-calendars';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { currentVendorActor } from '@/lib/business/current-actor';
import { createListing, setListingStatus, updateListing } from '@/lib/business/listings';
import {
  addUnitSchema,
  cancelSessionSchema,
  createListingSchema,
  createSessionSchema,
  exceptionSchema,
  externalCalendarSchema,
  listingStatusSchema,
  recurringSessionsSchema,
  removeExternalCalendarSchema,
  staffSchema,
  staffServicesSchema,
  timeOffSchema,
  updateListingSchema,
  updateStaffSchema,
  updateUnitSchema,
  weeklyRulesSchema,
} from '@/lib/business/schemas';
import { cancelSession, createRecurringSessions, createSession } from '@/lib/business/sessions';
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
import { addUnit, updateUnit } from '@/lib/business/units';
import { z } from 'zod';

// Thin edges: parse with the form's schema, build the actor from the session, call one service.

const LISTINGS = '/dashboard/listings';

export async function createListingAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(createListingSchema, input, async (data) => createListing(prisma, await currentVendorActor(), data));
  if (!result.ok) return result;
  revalidatePath(LISTINGS);
  redirect(`${LISTINGS}/${result.data.id}?created=1`);
}

export async function updateListingAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(updateListingSchema, input, async (data) => {
    await updateListing(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function setListingStatusAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(listingStatusSchema, input, async (data) => {
    await setListingStatus(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath('/', 'layout'); // storefront and search change too
  return result;
}

export async function addUnitAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(addUnitSchema, input, async (data) => {
    await addUnit(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function updateUnitAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(updateUnitSchema, input, async (data) => {
    await updateUnit(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function createSessionAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(createSessionSchema, input, async (data) => {
    await createSession(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function createRecurringSessionsAction(input: unknown): Promise<ActionResult<{ created: number; skipped: number }>> {
  const result = await runAction(recurringSessionsSchema, input, async (data) => createRecurringSessions(prisma, await currentVendorActor(), data));
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(cancelSessionSchema, input, async (data) => {
    await cancelSession(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(LISTINGS, 'layout');
  return result;
}

export async function createStaffAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(staffSchema, input, async (data) => createStaffMember(prisma, await currentVendorActor(), data));
  if (!result.ok) return result;
  revalidatePath(`${LISTINGS}/staff`);
  redirect(`${LISTINGS}/staff/${result.data.id}`);
}

const staffAction =
  <S extends z.ZodType>(schema: S, run: (actor: Awaited<ReturnType<typeof currentVendorActor>>, data: z.output<S>) => Promise<unknown>) =>
  async (input: unknown): Promise<ActionResult<void>> => {
    const result = await runAction(schema, input, async (data) => {
      await run(await currentVendorActor(), data);
    });
    if (result.ok) revalidatePath(`${LISTINGS}/staff`, 'layout');
    return result;
  };

export async function updateStaffAction(input: unknown) {
  return staffAction(updateStaffSchema, (actor, data) => updateStaffMember(prisma, actor, data))(input);
}
export async function setStaffServicesAction(input: unknown) {
  return staffAction(staffServicesSchema, (actor, data) => setStaffServices(prisma, actor, data))(input);
}
export async function setWeeklyRulesAction(input: unknown) {
  return staffAction(weeklyRulesSchema, (actor, data) => setWeeklyRules(prisma, actor, data))(input);
}
export async function addExceptionAction(input: unknown) {
  return staffAction(exceptionSchema, (actor, data) => addAvailabilityException(prisma, actor, data))(input);
}
export async function addTimeOffAction(input: unknown) {
  return staffAction(timeOffSchema, (actor, data) => addTimeOff(prisma, actor, data))(input);
}
export async function removeTimeOffAction(input: unknown) {
  return staffAction(z.object({ timeOffId: z.string().uuid() }), (actor, data) => removeTimeOff(prisma, actor, data))(input);
}
export async function removeExceptionAction(input: unknown) {
  return staffAction(z.object({ exceptionId: z.string().uuid() }), (actor, data) => removeAvailabilityException(prisma, actor, data))(input);
}
export async function addExternalCalendarAction(input: unknown) {
  return staffAction(externalCalendarSchema, (actor, data) => addExternalCalendar(prisma, actor, data))(input);
}
export async function removeExternalCalendarAction(input: unknown) {
  return staffAction(removeExternalCalendarSchema, (actor, data) => removeExternalCalendar(prisma, actor, data))(input);
}
/** "Sync now": ok when the sync ran, even if the feed failed (the result and lastError say why). */
export async function syncExternalCalendarAction(input: unknown): Promise<ActionResult<SyncResult>> {
  const result = await runAction(removeExternalCalendarSchema, input, async (data) => syncOwnExternalCalendar(prisma, await currentVendorActor(), data));
  if (result.ok) revalidatePath(`${LISTINGS}/staff`, 'layout');
  return result;
}
