'use server';

import { revalidatePath } from 'next/cache';
import { operatorBookingStep, operatorRefund } from '@/lib/admin/bookings';
import { operatorBookingStepSchema, operatorRefundSchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// The business's lifecycle steps and manual refunds, taken by an operator with a reason.

const afterBookingChange = (_: unknown, { bookingId }: { bookingId: string }) => {
  deliverOutboxSoon();
  revalidatePath(`/admin/bookings/${bookingId}`);
};

export const operatorBookingStepAction = operatorAction(
  operatorBookingStepSchema,
  async (data, { actor }) => {
    await operatorBookingStep(prisma, actor, data);
  },
  { after: afterBookingChange },
);

export const operatorRefundAction = operatorAction(
  operatorRefundSchema,
  async (data, { actor }) => {
    await operatorRefund(prisma, actor, data);
  },
  { after: afterBookingChange },
);
