import 'server-only';
import { z } from 'zod';
import { absoluteUrl } from '@/lib/config/app-url';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { email, id } from '@/lib/validation/fields';
import { issueAccountToken } from './account-tokens';
import { EMAIL_CHANGE_TOPIC } from './email-change';
import { PASSWORD_RESET_TOPIC } from './password-reset';

// The self-service links, emailed after commit. The token is made here, so a message delivered
// twice sends (and stores) one link: the email's id is derived from the outbox message.

export const resetPasswordPath = (token: string) => `/reset-password/${token}`;
export const confirmEmailPath = (token: string) => `/confirm-email/${token}`;

export const passwordResetEmailHandler: OutboxHandler = {
  name: 'password-reset-email',
  topics: [PASSWORD_RESET_TOPIC],
  async handle(db, message, { now }) {
    const emailId = idempotentId(message.id, 'email', 'password-reset');
    if (await db.emailMessage.findUnique({ where: { id: emailId }, select: { id: true } })) return;
    const user = await db.user.findUnique({ where: { id: z.object({ userId: id() }).parse(message.payload).userId }, select: { id: true, email: true, name: true, disabledAt: true } });
    if (!user || user.disabledAt) return;
    const link = absoluteUrl(resetPasswordPath(await issueAccountToken(db, user.id, 'PASSWORD_RESET', now)));
    await sendEmail(db, {
      id: emailId,
      to: user.email,
      subject: 'Reset your Bookwell password',
      text: [
        `Hello ${user.name},`,
        '',
        `Someone (hopefully you) asked to reset the password of your Bookwell account. Choose a new password here: ${link}`,
        '',
        'The link works once, for one hour. If you did not ask, ignore this email: your password stays as it is.',
      ].join('\n'),
    });
  },
};

export const emailChangeEmailHandler: OutboxHandler = {
  name: 'email-change-email',
  topics: [EMAIL_CHANGE_TOPIC],
  async handle(db, message, { now }) {
    const emailId = idempotentId(message.id, 'email', 'email-change');
    if (await db.emailMessage.findUnique({ where: { id: emailId }, select: { id: true } })) return;
    const payload = z.object({ userId: id(), newEmail: email }).parse(message.payload);
    const user = await db.user.findUnique({ where: { id: payload.userId }, select: { id: true, name: true } });
    if (!user) return;
    const link = absoluteUrl(confirmEmailPath(await issueAccountToken(db, user.id, 'EMAIL_CHANGE', now, payload.newEmail)));
    await sendEmail(db, {
      id: emailId,
      to: payload.newEmail,
      subject: 'Confirm your new email for Bookwell',
      text: [
        `Hello ${user.name},`,
        '',
        `Confirm that ${payload.newEmail} is the new email of your Bookwell account: ${link}`,
        '',
        'Until you open the link, you keep signing in with your current email. The link works for 24 hours.',
        'If you did not ask for this, ignore this email.',
      ].join('\n'),
    });
  },
};
