'use server';

import { revalidatePath } from 'next/cache';
import { unitExternalCalendarSchema } from '@/lib/business/staff-schemas';
import { addUnitExternalCalendar } from '@/lib/business/unit-calendars';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { LISTINGS } from './paths';

// A rental unit's external calendars (removing and "sync now" are the staff calendars' actions: they go by calendar id).

export const addUnitExternalCalendarAction = memberAction(
  unitExternalCalendarSchema,
  async (data, { actor }) => {
    await addUnitExternalCalendar(prisma, actor, data);
  },
  { after: () => revalidatePath(LISTINGS, 'layout') },
);
