import 'server-only';
import type { MemberActor } from '@/lib/domain/actor';
import type { DbOrTx } from '@/lib/db/prisma';
import { Forbidden, NotFound } from '@/lib/errors';

export function requireOwner(actor: MemberActor, what: string): void {
  if (actor.role !== 'OWNER') throw new Forbidden(`Only the owner can ${what}.`);
}

// Object-level checks: a row of another vendor is reported as missing, so ids cannot be probed.

export async function ownListing(db: DbOrTx, actor: MemberActor, listingId: string) {
  const listing = await db.listing.findFirst({ where: { id: listingId, vendorId: actor.vendorId }, include: { vendor: { select: { timeZone: true, currency: true } } } });
  if (!listing) throw new NotFound('Listing not found.');
  return listing;
}

export async function ownStaffMember(db: DbOrTx, actor: MemberActor, staffId: string) {
  const staff = await db.staffMember.findFirst({ where: { id: staffId, vendorId: actor.vendorId }, include: { vendor: { select: { timeZone: true } } } });
  if (!staff) throw new NotFound('Staff member not found.');
  return staff;
}

/** The person behind a member actor, for steps a person must take themselves (team changes, not an API key). */
export function memberPerson(actor: MemberActor): string {
  if (actor.userId === undefined) throw new Forbidden('Only a signed-in member of the business can do this.');
  return actor.userId;
}
