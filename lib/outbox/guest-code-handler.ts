import 'server-only';
import { z } from 'zod';
import { GUEST_CODE_TOPIC, issueGuestCode } from '@/lib/booking/guest-verification';
import { sendEmail } from '@/lib/email/send-email';
import { sendSms } from '@/lib/sms/send-sms';
import { toE164 } from '@/lib/sms/phone';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

const payloadSchema = z.object({ verificationId: z.string() });

/** Sends a guest's one-time code by email or text (topic guest.verification_code); the code is made here, after commit. */
export const guestCodeHandler: OutboxHandler = {
  name: 'guest-code',
  topics: [GUEST_CODE_TOPIC],
  async handle(db, message, { now }) {
    const id = idempotentId(message.id, 'email', 'guest-code');
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;
    const issued = await issueGuestCode(db, payloadSchema.parse(message.payload).verificationId, now);
    if (!issued) return; // already confirmed
    const booking = await db.booking.findUniqueOrThrow({ where: { id: issued.bookingId }, select: { reference: true, listing: { select: { title: true } } } });
    if (issued.channel === 'SMS') {
      const to = toE164(issued.target);
      if (!to) return;
      await sendSms(db, { id, to, body: `${issued.code} is your Bookwell code for booking ${booking.reference}. It works for 15 minutes.`, bookingId: issued.bookingId });
      return;
    }
    await sendEmail(db, {
      id,
      to: issued.target,
      subject: `Your code for ${booking.listing.title}: ${issued.code}`,
      text: [
        `Your code is ${issued.code}`,
        '',
        `Type it on the booking page to confirm your email for ${booking.listing.title} (${booking.reference}). It works for 15 minutes.`,
        'If you did not book, ignore this email: the hold lapses on its own.',
      ].join('\n'),
      bookingId: issued.bookingId,
    });
  },
};
