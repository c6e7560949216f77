import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { absoluteUrl } from '@/lib/config/app-url';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { hashInvitationToken, invitationPath, newInvitationToken } from './invitation-token';
import { INVITATION_TOPIC } from './invitations';

const payloadSchema = z.object({ invitationId: id() });

const ROLE_TEXT = { OWNER: 'an owner (full access, including the profile, refunds and the team)', STAFF: 'a staff member (bookings, listings and schedules)' } as const;

/**
 * Sends the invitation email (topic team.invitation). The token is made here, after commit, and only
 * its hash is saved on the invitation; a retry after the email was stored sends nothing again, and an
 * invitation revoked or accepted meanwhile gets no email.
 */
export const invitationEmailHandler: OutboxHandler = {
  name: 'team-invitation-email',
  topics: [INVITATION_TOPIC],
  async handle(db, message, { now }) {
    const { invitationId } = payloadSchema.parse(message.payload);
    const id = idempotentId(message.id, 'email', 'invitation');
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;
    const invitation = await db.vendorInvitation.findUnique({ where: { id: invitationId }, include: { vendor: { select: { name: true } } } });
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return;
    const inviter = invitation.invitedById ? await db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } }) : null;

    const token = newInvitationToken();
    const issued = await db.vendorInvitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hashInvitationToken(token) },
    });
    if (issued.count === 0) return;

    const link = absoluteUrl(invitationPath(token));
    const expires = invitation.expiresAt.toUTCString().replace(/ GMT$/, ' UTC');
    await sendEmail(db, {
      id,
      to: invitation.email,
      subject: `You're invited to join ${invitation.vendor.name} on Bookwell`,
      text: [
        `${inviter?.name ?? 'The owner'} invited you to join ${invitation.vendor.name} as ${ROLE_TEXT[invitation.role]}.`,
        '',
        `Accept the invitation: ${link}`,
        '',
        `Sign in or create an account with this email address (${invitation.email}) to accept. The link works until ${expires}.`,
        'If you did not expect this invitation, you can ignore this email.',
      ].join('\n'),
    });
  },
};
