import 'server-only';
// Opening and accepting an invitation link. The link proves nothing on its own: the signed-in
// person's email must be the invited address, and verified (an account can be created with any
// address: only a verified one shows its owner reads that mailbox), so a forwarded link cannot be
// used by someone else.
import type { Db } from '@/lib/db/prisma';
import { Forbidden, NotFound, PolicyViolation } from '@/lib/errors';
import { hashInvitationToken, looksLikeInvitationToken } from './invitation-token';

export type InvitationState = 'OPEN' | 'EXPIRED' | 'REVOKED' | 'ACCEPTED';

export const INVITATION_MESSAGES: Record<Exclude<InvitationState, 'OPEN'>, string> = {
  EXPIRED: 'This invitation has expired. Ask the business owner to invite you again.',
  REVOKED: 'This invitation was withdrawn by the business. Ask the owner for a new one if you still need access.',
  ACCEPTED: 'This invitation has already been used.',
};

export const VERIFY_BEFORE_JOINING = (email: string) =>
  `Verify your email address first: open the link we sent to ${email} when you created your account, then open this invitation again.`;

const stateOf = (invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState =>
  invitation.acceptedAt ? 'ACCEPTED' : invitation.revokedAt ? 'REVOKED' : invitation.expiresAt <= now ? 'EXPIRED' : 'OPEN';

/** What an invitation link shows, or null for a link that never existed. Reads only. */
export async function invitationForToken(db: Db, token: string, now = new Date()) {
  if (!looksLikeInvitationToken(token)) return null;
  const invitation = await db.vendorInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, vendor: { select: { id: true, name: true, slug: true } } },
  });
  if (!invitation) return null;
  return { ...invitation, state: stateOf(invitation, now) };
}

/**
 * Joins the invited business: creates the membership and marks the invitation accepted in one
 * transaction. The invitation and the user are locked, so a link is used once and a person cannot
 * join two businesses by accepting two invitations at the same moment.
 */
export async function acceptInvitation(db: Db, user: { id: string }, token: string, now = new Date()) {
  if (!looksLikeInvitationToken(token)) throw new NotFound('This invitation link is not valid.');
  const tokenHash = hashInvitationToken(token);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "VendorInvitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (locked.length === 0) throw new NotFound('This invitation link is not valid.');
    const invitation = await tx.vendorInvitation.findUniqueOrThrow({ where: { tokenHash }, include: { vendor: { select: { id: true, name: true } } } });
    const state = stateOf(invitation, now);
    if (state !== 'OPEN') throw new PolicyViolation(INVITATION_MESSAGES[state]);

    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
    const person = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, emailVerifiedAt: true, memberships: { select: { vendorId: true } } } });
    if (person.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new Forbidden(`This invitation is for ${invitation.email}. Sign in with that email address to accept it.`);
    }
    if (person.memberships.some((m) => m.vendorId === invitation.vendorId)) throw new PolicyViolation(`You are already on the team of ${invitation.vendor.name}.`);
    if (person.memberships.length > 0) {
      // The dashboard works on one business per person.
      throw new PolicyViolation('Your account already belongs to another business, and an account can run only one. Ask to be invited with another email address.');
    }
    if (!person.emailVerifiedAt) throw new Forbidden(VERIFY_BEFORE_JOINING(person.email));
    const member = await tx.vendorMember.create({ data: { vendorId: invitation.vendorId, userId: user.id, role: invitation.role } });
    await tx.vendorInvitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
    return { member, vendor: invitation.vendor };
  });
}
