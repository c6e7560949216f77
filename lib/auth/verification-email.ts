import 'server-only';
import { z } from 'zod';
import { absoluteUrl } from '@/lib/config/app-url';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { idempotentId } from '@/lib/outbox/idempotent-id';
import { id } from '@/lib/validation/fields';
import { issueVerificationToken, VERIFY_EMAIL_TOPIC, verifyEmailPath } from './email-verification';

const payloadSchema = z.object({ userId: id() });

/** Emails the verification link (topic account.verify_email); the token is made here, after commit. */
export const verificationEmailHandler: OutboxHandler = {
  name: 'verify-email',
  topics: [VERIFY_EMAIL_TOPIC],
  async handle(db, message, { now }) {
    const emailId = idempotentId(message.id, 'email', 'verify-email');
    if (await db.emailMessage.findUnique({ where: { id: emailId }, select: { id: true } })) return;
    const user = await db.user.findUnique({ where: { id: payloadSchema.parse(message.payload).userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
    if (!user || user.emailVerifiedAt) return;
    const link = absoluteUrl(verifyEmailPath(await issueVerificationToken(db, user.id, now)));
    await sendEmail(db, {
      id: emailId,
      to: user.email,
      subject: 'Verify your email for Bookwell',
      text: [
        `Hello ${user.name},`,
        '',
        `Confirm that ${user.email} is yours: ${link}`,
        '',
        'Once verified, bookings you made as a guest with this address appear in your account. The link works for 48 hours.',
        'If you did not create an account, you can ignore this email.',
      ].join('\n'),
    });
  },
};
