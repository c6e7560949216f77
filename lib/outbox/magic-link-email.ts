import 'server-only';
import { z } from 'zod';
import { absoluteUrl } from '@/lib/config/app-url';
import { renderEmail } from '@/lib/email/layout';
import { sendEmail } from '@/lib/email/send-email';
import { issueManageToken, manageUrl } from '@/lib/magic-links/manage-links';
import { MANAGE_LINK_TOPIC } from '@/lib/magic-links/request-manage-link';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

const payloadSchema = z.object({ bookingId: z.string() });

/** Emails a fresh magic link to the booking's own contact address (topic magic_link.requested). */
export const magicLinkEmailHandler: OutboxHandler = {
  name: 'magic-link-email',
  topics: [MANAGE_LINK_TOPIC],
  async recipients(db, message) {
    const booking = await db.booking.findUnique({ where: { id: payloadSchema.parse(message.payload).bookingId }, select: { contactEmail: true } });
    return booking ? [booking.contactEmail.toLowerCase()] : [];
  },
  async handle(db, message, { recipient }) {
    const id = idempotentId(message.id, 'email', 'magic-link');
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;
    const booking = await db.booking.findUnique({
      where: { id: payloadSchema.parse(message.payload).bookingId },
      include: { listing: { select: { title: true } }, vendor: { select: { name: true, logoUrl: true } } },
    });
    if (!booking) return;
    const link = absoluteUrl(manageUrl(await issueManageToken(db, booking.id)));
    const content = renderEmail({
      brand: { name: booking.vendor.name, logoUrl: booking.vendor.logoUrl },
      greeting: `Hello ${booking.contactName},`,
      heading: 'Your link to your booking',
      paragraphs: ['Someone (we hope you) asked for a new link to view, cancel or reschedule this booking. It works without an account; keep it to yourself.', 'If you did not ask for it, you can ignore this email.'],
      details: [['Booking', booking.reference], ['What', `${booking.listing.title} with ${booking.vendor.name}`]],
      action: { label: 'Open your booking', url: link },
    });
    await sendEmail(db, { id, to: recipient || booking.contactEmail, subject: `Your link to booking ${booking.reference}`, ...content, bookingId: booking.id });
  },
};
