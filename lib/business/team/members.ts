import 'server-only';
// The people of a business: who they are, their role, and the owners' changes to both.
import type { Db, Tx } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import type { VendorRole } from '@/lib/generated/prisma/enums';
import { requireOwner } from '@/lib/business/ownership';
import type { MemberActor } from '@/lib/domain/actor';
import { LAST_OWNER, lockTeamAsOwner } from './team-lock';

/** Members and open invitations of the actor's business (every member may see who is on the team). */
export async function listTeam(db: Db, actor: MemberActor, now = new Date()) {
  const [members, invitations] = await Promise.all([
    db.vendorMember.findMany({
      where: { vendorId: actor.vendorId },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
    }),
    db.vendorInvitation.findMany({
      where: { vendorId: actor.vendorId, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: 'desc' },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    }),
  ]);
  return {
    members: members.map((member) => ({ ...member, isYou: member.userId === actor.userId })),
    invitations: invitations.map((invitation) => ({ ...invitation, expired: invitation.expiresAt <= now })),
  };
}

async function memberOfTeam(tx: Tx, actor: MemberActor, memberId: string) {
  const member = await tx.vendorMember.findFirst({ where: { id: memberId, vendorId: actor.vendorId } });
  if (!member) throw new NotFound('Team member not found.'); // another business's member looks missing
  return member;
}

async function refuseLastOwner(tx: Tx, vendorId: string) {
  if ((await tx.vendorMember.count({ where: { vendorId, role: 'OWNER' } })) <= 1) throw new PolicyViolation(LAST_OWNER);
}

/** Makes a member OWNER or STAFF; the last owner cannot be demoted. */
export async function changeMemberRole(db: Db, actor: MemberActor, input: { memberId: string; role: VendorRole }) {
  requireOwner(actor, 'change roles');
  return db.$transaction(async (tx) => {
    await lockTeamAsOwner(tx, actor, 'change roles');
    const member = await memberOfTeam(tx, actor, input.memberId);
    if (member.role === input.role) return member;
    if (member.role === 'OWNER') await refuseLastOwner(tx, actor.vendorId);
    return tx.vendorMember.update({ where: { id: member.id }, data: { role: input.role } });
  });
}

/** Removes a member (an owner may remove themselves while another owner remains). */
export async function removeMember(db: Db, actor: MemberActor, input: { memberId: string }) {
  requireOwner(actor, 'remove members');
  return db.$transaction(async (tx) => {
    await lockTeamAsOwner(tx, actor, 'remove members');
    const member = await memberOfTeam(tx, actor, input.memberId);
    if (member.role === 'OWNER') await refuseLastOwner(tx, actor.vendorId);
    await tx.vendorMember.delete({ where: { id: member.id } });
    return member;
  });
}
