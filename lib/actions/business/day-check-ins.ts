'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordDayCheckIn } from '@/lib/booking/day-check-ins';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { id } from '@/lib/validation/fields';

// A member records that the customer of a multi-day booking (a desk) came in today.
export const recordDayCheckInAction = memberAction(
  z.object({ bookingId: id() }),
  async ({ bookingId }, { actor }) => recordDayCheckIn(prisma, actor, bookingId),
  { after: (_, { bookingId }) => revalidatePath(`/dashboard/bookings/${bookingId}`) },
);
