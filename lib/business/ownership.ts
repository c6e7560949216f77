import type { Db } from '@/lib/db/prisma';
import { Forbidden, NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { VendorRole } from '@/lib/generated/prisma/enums';

export type DbOrTx = Db | Prisma.TransactionClient;

/** Who acts in the dashboard: a member of one vendor. The edges build it from the database membership. */
export type VendorActor = { userId: string; vendorId: string; role: VendorRole };

export function requireOwner(actor: VendorActor, what: string): void {
  if (actor.role !== 'OWNER') throw new Forbidden(`Only the owner can ${what}.`);
}

// Object-level checks: a row of another vendor is reported as missing, so ids cannot be probed.

export async function ownListing(db: DbOrTx, actor: VendorActor, listingId: string) {
  const listing = await db.listing.findFirst({ where: { id: listingId, vendorId: actor.vendorId }, include: { vendor: { select: { timeZone: true, currency: true } } } });
  if (!listing) throw new NotFound('Listing not found.');
  return listing;
}

export async function ownStaffMember(db: DbOrTx, actor: VendorActor, staffId: string) {
  const staff = await db.staffMember.findFirst({ where: { id: staffId, vendorId: actor.vendorId }, include: { vendor: { select: { timeZone: true } } } });
  if (!staff) throw new NotFound('Staff member not found.');
  return staff;
}
