import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Whether the person who booked is a member of the business: by their account, or, for a guest
 * booking, by the email they booked with. Members may not review their own business's listings.
 */
export async function bookedByMember(db: Db | Tx, booking: { vendorId: string; customerId: string | null; contactEmail: string }): Promise<boolean> {
  const who: Prisma.UserWhereInput[] = [{ email: { equals: booking.contactEmail, mode: 'insensitive' } }];
  if (booking.customerId) who.push({ id: booking.customerId });
  return (await db.vendorMember.count({ where: { vendorId: booking.vendorId, user: { OR: who } } })) > 0;
}
