import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { PolicyViolation } from '@/lib/errors';

export const SUSPENDED_MESSAGE = 'This business is suspended by the platform: bookings cannot be changed or paid until it is reactivated.';

/**
 * A suspended business takes no business-side step (approve, decline, check in, reschedule…) and
 * no new payment; customers may still cancel, and the platform's operators and the system (expiry,
 * refunds) still act. Checked inside the booking's transaction.
 */
export async function assertBusinessActive(tx: Tx, vendorId: string, actor: Actor | 'payment'): Promise<void> {
  if (actor !== 'payment' && actor.kind !== 'member') return;
  const vendor = await tx.vendor.findUnique({ where: { id: vendorId }, select: { status: true } });
  if (vendor?.status === 'SUSPENDED') throw new PolicyViolation(SUSPENDED_MESSAGE);
}
