import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { absoluteUrl } from '@/lib/email/app-url';
import { bookingEmail, bookingLocation, emailsContactOn } from '@/lib/email/booking-email';
import { inviteAttachment } from '@/lib/email/booking-invite';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxMessage } from '@/lib/generated/prisma/client';
import { issueManageToken, manageUrl } from '@/lib/magic-links/manage-links';
import { bookingNotification, customerBookingPath, type NotificationAudience } from '@/lib/notifications/booking-notification';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { bookingChangeKind, bookingMessagePayloadSchema, type BookingChangeKind } from './booking-change';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

// Side effects of booking changes (topics booking.*): in-app notifications for the customer and
// the vendor's team, and an email to the booking's contact.

async function loadBookingChange(db: Db, message: OutboxMessage) {
  const payload = bookingMessagePayloadSchema.parse(message.payload);
  const booking = await db.booking.findUnique({
    where: { id: payload.bookingId },
    include: {
      listing: { select: { title: true, paymentMode: true, address: true, city: true } },
      vendor: { select: { name: true, contactEmail: true, contactPhone: true, logoUrl: true, members: { select: { userId: true } } } },
    },
  });
  if (!booking) return null;
  const event = payload.eventId ? await db.bookingEvent.findUnique({ where: { id: payload.eventId } }) : null;
  const data = (event?.data ?? {}) as { refundAmount?: unknown };
  // SEQUENCE of the booking's calendar invite: how many changes the booking had before this one.
  const sequence = event ? (await db.bookingEvent.count({ where: { bookingId: booking.id, createdAt: { lte: event.createdAt } } })) - 1 : 0;
  return {
    payload,
    booking,
    sequence: Math.max(0, sequence),
    kind: bookingChangeKind(message.topic, payload),
    /** The signed-in person who made the change: they are not notified of their own action. */
    actorUserId: event && ['CUSTOMER', 'VENDOR', 'OPERATOR'].includes(event.actorType) ? event.actorId : null,
    refundAmount: typeof data.refundAmount === 'number' ? data.refundAmount : null,
  };
}

export const bookingNotificationsHandler: OutboxHandler = {
  name: 'booking-notifications',
  topics: ['booking.*'],
  async handle(db, message) {
    const change = await loadBookingChange(db, message);
    if (!change) return;
    const { booking, kind, payload, actorUserId } = change;
    const recipients = new Map<string, NotificationAudience>();
    if (booking.customerId) recipients.set(booking.customerId, 'customer');
    for (const member of booking.vendor.members) if (!recipients.has(member.userId)) recipients.set(member.userId, 'vendor');
    if (actorUserId) recipients.delete(actorUserId);

    await createNotifications(
      db,
      [...recipients].map(([userId, audience]) => ({
        id: idempotentId(message.id, 'notification', userId),
        userId,
        type: message.topic,
        ...bookingNotification(booking, kind, audience, payload.reason),
      })),
    );
  },
};

export const bookingEmailHandler: OutboxHandler = {
  name: 'booking-email',
  topics: ['booking.*'],
  async recipients(db, message) {
    const change = await loadBookingChange(db, message);
    return change && emailsContactOn(change.kind) ? [change.booking.contactEmail.toLowerCase()] : [];
  },
  async handle(db, message, { recipient, now }) {
    const change = await loadBookingChange(db, message);
    if (!change || !emailsContactOn(change.kind)) return;
    const { booking, kind, payload, refundAmount } = change;
    const id = idempotentId(message.id, 'email', 'contact');
    // Already sent by an earlier delivery: do not issue another manage link for nothing.
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;

    const isGuest = booking.customerId === null;
    const link = isGuest ? absoluteUrl(manageUrl(await issueManageToken(db, booking.id))) : absoluteUrl(customerBookingPath(booking.id));
    const email = bookingEmail(booking, { kind, from: payload.from, reason: payload.reason, refundAmount, link, isGuest });
    if (!email) return;
    const method = inviteMethod(kind, booking.status, payload.from);
    const invite = method
      ? inviteAttachment({
          bookingId: booking.id,
          reference: booking.reference,
          summary: `${booking.listing.title} (${booking.reference})`,
          description: `${booking.listing.title} with ${booking.vendor.name}. Booking ${booking.reference}: ${link}`,
          startAt: booking.startAt,
          endAt: booking.endAt,
          timeZone: booking.timeZone,
          location: bookingLocation(booking),
          url: link,
          organizer: { name: booking.vendor.name, email: booking.vendor.contactEmail },
          attendee: { name: booking.contactName, email: booking.contactEmail },
          sequence: change.sequence,
          method,
          now,
        })
      : null;
    await sendEmail(db, {
      id,
      to: recipient || booking.contactEmail,
      subject: email.subject,
      text: email.text,
      html: email.html,
      bookingId: booking.id,
      attachments: invite ? [invite] : [],
    });
  },
};

/** Which calendar invite a change carries: the booking is in the calendar once it is confirmed. */
function inviteMethod(kind: BookingChangeKind, status: BookingStatus, from: BookingStatus | null): 'REQUEST' | 'CANCEL' | null {
  if (kind === 'confirmed' || (kind === 'created' && status === 'CONFIRMED')) return 'REQUEST';
  if (kind === 'rescheduled' && status === 'CONFIRMED') return 'REQUEST';
  if (kind === 'cancelled' && (from === 'CONFIRMED' || from === 'CHECKED_IN')) return 'CANCEL';
  return null;
}
