'use server';

import { revalidatePath } from 'next/cache';
import { operatorBookingStep, operatorRefund } from '@/lib/admin/bookings';
import { operatorContext } from '@/lib/admin/operator-context';
import { operatorBookingStepSchema, operatorRefundSchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// The business's lifecycle steps and manual refunds, taken by an operator with a reason.

export async function operatorBookingStepAction(input: unknown): Promise<ActionResult> {
  return runAction(operatorBookingStepSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await operatorBookingStep(prisma, operator, data);
    deliverOutboxSoon();
    revalidatePath(`/admin/bookings/${data.bookingId}`);
    return undefined;
  });
}

export async function operatorRefundAction(input: unknown): Promise<ActionResult> {
  return runAction(operatorRefundSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await operatorRefund(prisma, operator, data);
    deliverOutboxSoon();
    revalidatePath(`/admin/bookings/${data.bookingId}`);
    return undefined;
  });
}
