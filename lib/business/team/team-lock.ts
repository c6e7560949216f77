import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import { Forbidden } from '@/lib/errors';
import type { MemberActor } from '@/lib/domain/actor';
import { memberPerson } from '@/lib/business/ownership';

/**
 * Serializes team changes of one business: every change locks the vendor row first, then re-reads
 * the actor's role inside the lock. Two owners demoting or removing each other at the same moment
 * therefore run one after the other, and the second finds it is no longer an owner (or the last one).
 */
export async function lockTeamAsOwner(tx: Tx, actor: MemberActor, what: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Vendor" WHERE "id" = ${actor.vendorId}::uuid FOR UPDATE`;
  const me = await tx.vendorMember.findUnique({ where: { vendorId_userId: { vendorId: actor.vendorId, userId: memberPerson(actor) } }, select: { role: true } });
  if (me?.role !== 'OWNER') throw new Forbidden(`Only an owner can ${what}.`);
}

export const LAST_OWNER = 'A business needs at least one owner. Make someone else an owner first.';
