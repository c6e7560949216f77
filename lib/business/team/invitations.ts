import 'server-only';
// Inviting people to a business: owners invite by email as OWNER or STAFF, and can revoke.
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { Conflict, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { requireOwner } from '@/lib/business/ownership';
import type { MemberActor } from '@/lib/domain/actor';
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from './invitation-token';
import type { InviteMemberInput } from './schemas';
import { lockTeamAsOwner } from './team-lock';

export const INVITATION_TOPIC = 'team.invitation';

const DAY_MS = 86_400_000;

/** Open invitations of one address (the partial unique index allows one per business and lower(email)). */
const openFor = (vendorId: string, email: string) => ({ vendorId, email: { equals: email, mode: 'insensitive' as const }, acceptedAt: null, revokedAt: null });

/**
 * Invites `email` to the actor's business. Re-inviting the same address revokes its open invitation
 * first, so only the newest link works. The email with the link is sent after commit through the
 * outbox; its handler issues the token, so the token itself is never stored.
 */
export async function inviteMember(db: Db, actor: MemberActor, input: InviteMemberInput, now = new Date()) {
  requireOwner(actor, 'invite people');
  try {
    return await db.$transaction(async (tx) => {
      await lockTeamAsOwner(tx, actor, 'invite people');
      const member = await tx.vendorMember.findFirst({ where: { vendorId: actor.vendorId, user: { email: { equals: input.email, mode: 'insensitive' } } }, select: { id: true } });
      if (member) throw new ValidationFailed('This person is already on your team.', { email: ['Already on your team'] });
      await tx.vendorInvitation.updateMany({ where: openFor(actor.vendorId, input.email), data: { revokedAt: now } });
      const invitation = await tx.vendorInvitation.create({
        data: {
          vendorId: actor.vendorId,
          email: input.email,
          role: input.role,
          // A placeholder never shown to anyone: the email handler replaces it with the link's token.
          tokenHash: hashInvitationToken(newInvitationToken()),
          invitedById: actor.userId,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
          createdAt: now,
        },
      });
      await tx.outboxMessage.create({ data: { topic: INVITATION_TOPIC, payload: { invitationId: invitation.id } } });
      return invitation;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict('This person was just invited by someone else. Reload the page to see the invitation.');
    throw error;
  }
}

/** Withdraws an open invitation of the actor's business; its link stops working at once. */
export async function revokeInvitation(db: Db, actor: MemberActor, input: { invitationId: string }, now = new Date()) {
  requireOwner(actor, 'revoke invitations');
  return db.$transaction(async (tx) => {
    await lockTeamAsOwner(tx, actor, 'revoke invitations');
    const invitation = await tx.vendorInvitation.findFirst({ where: { id: input.invitationId, vendorId: actor.vendorId } });
    if (!invitation) throw new NotFound('Invitation not found.');
    if (invitation.acceptedAt) throw new PolicyViolation('This invitation was already accepted. Remove the member instead.');
    if (invitation.revokedAt) return invitation;
    return tx.vendorInvitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
  });
}
