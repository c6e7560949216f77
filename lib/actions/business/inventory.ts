'use server';

import { revalidatePath } from 'next/cache';
import { addUnitSchema, cancelSessionSchema, createSessionSchema, recurringSessionsSchema, updateUnitSchema } from '@/lib/business/inventory-schemas';
import { cancelSession, createRecurringSessions, createSession } from '@/lib/business/sessions';
import { addUnit, updateUnit } from '@/lib/business/units';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { LISTINGS } from './paths';

// What a listing offers: a rental's units and a tour's dated sessions.

const refreshListings = () => revalidatePath(LISTINGS, 'layout');

export const addUnitAction = memberAction(
  addUnitSchema,
  async (data, { actor }) => {
    await addUnit(prisma, actor, data);
  },
  { after: refreshListings },
);

export const updateUnitAction = memberAction(
  updateUnitSchema,
  async (data, { actor }) => {
    await updateUnit(prisma, actor, data);
  },
  { after: refreshListings },
);

export const createSessionAction = memberAction(
  createSessionSchema,
  async (data, { actor }) => {
    await createSession(prisma, actor, data);
  },
  { after: refreshListings },
);

export const createRecurringSessionsAction = memberAction(recurringSessionsSchema, (data, { actor }) => createRecurringSessions(prisma, actor, data), {
  after: refreshListings,
});

export const cancelSessionAction = memberAction(
  cancelSessionSchema,
  async (data, { actor }) => {
    await cancelSession(prisma, actor, data);
  },
  { after: refreshListings },
);
