import 'server-only';
import { checkInCode } from '@/lib/booking/check-in-token';
import type { Db } from '@/lib/db/prisma';
import { bookingEventText, calendarFilePath, googleCalendarUrl } from '@/lib/calendars/add-to-calendar-links';
import { absoluteUrl } from '@/lib/config/app-url';
import { bookingEmail, bookingLocation, emailsContactOn } from '@/lib/email/booking-email';
import { inviteAttachment } from '@/lib/email/booking-invite';
import { renderEmail } from '@/lib/email/layout';
import { isOptedOut, preferencesUrl, unsubscribeHeaders, type OptionalEmail } from '@/lib/email/preferences';
import { formatMoney } from '@/lib/domain/money';
import { formatRange, zoneName } from '@/lib/format/date-time';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxMessage } from '@/lib/generated/prisma/client';
import { issueManageToken, manageUrl } from '@/lib/magic-links/manage-links';
import { bookingNotification, customerBookingPath, vendorBookingPath, type NotificationAudience } from '@/lib/notifications/booking-notification';
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
      vendor: { select: { name: true, contactEmail: true, contactPhone: true, logoUrl: true, manualPaymentInstructions: true, manualPaymentReferenceFormat: true, members: { select: { userId: true } } } },
    },
  });
  if (!booking) return null;
  const event = payload.eventId ? await db.bookingEvent.findUnique({ where: { id: payload.eventId } }) : null;
  const data = (event?.data ?? {}) as { refundAmount?: unknown };
  // SEQUENCE of the booking's calendar invite: how many changes the booking had before this one.
  const sequence = event ? (await db.bookingEvent.count({ where: { bookingId: booking.id, createdAt: { lte: event.createdAt } } })) - 1 : 0;
  return {
    payload,
    // A message tells of its own change, so the booking is shown in the status that change left
    // it in, not today's: a "created" message delivered late (its server died before the
    // after-response kick, the cron sent it after the payment) must not read "Booking confirmed"
    // a second time beside the "confirmed" message's own email (the crash bench's doubled emails).
    booking: { ...booking, status: payload.to },
    /** A request to pay that is void by the time it is delivered (paid, cancelled or expired since). */
    superseded: payload.to === 'AWAITING_PAYMENT' && booking.status !== 'AWAITING_PAYMENT',
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
    return change && emailsContactOn(change.kind) && !change.superseded ? [change.booking.contactEmail.toLowerCase()] : [];
  },
  async handle(db, message, { recipient, now }) {
    const change = await loadBookingChange(db, message);
    if (!change || !emailsContactOn(change.kind) || change.superseded) return;
    const { booking, kind, payload, refundAmount } = change;
    const id = idempotentId(message.id, 'email', 'contact');
    // Already sent by an earlier delivery: do not issue another manage link for nothing.
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;

    const isGuest = booking.customerId === null;
    const link = isGuest ? absoluteUrl(manageUrl(await issueManageToken(db, booking.id))) : absoluteUrl(customerBookingPath(booking.id));
    const method = inviteMethod(kind, booking.status, payload.from);
    const calendarLinks =
      method === 'REQUEST'
        ? { ics: calendarFilePath(link), google: googleCalendarUrl(bookingEventText({ ...booking, vendorName: booking.vendor.name, link })) }
        : null;
    // A confirmation carries the check-in QR code (signed; the business scans it at the desk).
    const checkInQr = method === 'REQUEST' ? ((await checkInCode(booking.id))?.pngDataUrl ?? null) : null;
    const email = bookingEmail(booking, { kind, from: payload.from, reason: payload.reason, refundAmount, link, isGuest, calendarLinks, checkInQr });
    if (!email) return;
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

// ——— to the business's members ———

/** What a member is told about, by the kind of email preference that turns it off. */
type MemberAlert = Extract<OptionalEmail, `member.${string}`>;

function memberAlert(kind: BookingChangeKind, status: BookingStatus, from: BookingStatus | null): MemberAlert | null {
  if (kind === 'created' && status === 'REQUESTED') return 'member.request';
  if ((kind === 'created' && status === 'CONFIRMED') || (kind === 'confirmed' && from !== 'CHECKED_IN')) return 'member.confirmed';
  if (kind === 'cancelled') return 'member.cancelled';
  return null;
}

async function loadMemberAlert(db: Db, message: OutboxMessage) {
  const change = await loadBookingChange(db, message);
  if (!change) return null;
  const alert = memberAlert(change.kind, change.booking.status, change.payload.from);
  return alert ? { ...change, alert } : null;
}

/** Emails each member of the business about a new request, a new confirmed booking or a cancellation, as each chose. */
export const bookingMemberEmailHandler: OutboxHandler = {
  name: 'booking-member-email',
  topics: ['booking.*'],
  async recipients(db, message) {
    const change = await loadMemberAlert(db, message);
    if (!change) return [];
    const members = await db.user.findMany({
      where: { memberships: { some: { vendorId: change.booking.vendorId } }, disabledAt: null, ...(change.actorUserId ? { id: { not: change.actorUserId } } : {}) },
      select: { email: true },
    });
    const wanted = await Promise.all(members.map(async (m) => ((await isOptedOut(db, m.email, change.alert)) ? null : m.email.toLowerCase())));
    return wanted.filter((email): email is string => email !== null);
  },
  async handle(db, message, { recipient }) {
    const change = await loadMemberAlert(db, message);
    if (!change || !recipient) return;
    const { booking, alert, payload, refundAmount } = change;
    const id = idempotentId(message.id, 'email', 'member', recipient);
    const money = (amount: number) => formatMoney(amount, booking.currency);
    const words = {
      'member.request': { subject: 'New booking request to answer', lead: `${booking.contactName} asked to book ${booking.listing.title}. Accept or decline it before it expires.`, action: 'Answer the request' },
      'member.confirmed': { subject: 'New confirmed booking', lead: `${booking.contactName} booked ${booking.listing.title}.`, action: 'Open the booking' },
      'member.cancelled': {
        subject: 'Booking cancelled',
        lead: [`The booking of ${booking.listing.title} by ${booking.contactName} was cancelled.`, payload.reason ? `Reason: ${payload.reason}` : '', refundAmount ? `${money(refundAmount)} is refunded to the customer.` : ''].filter(Boolean).join(' '),
        action: 'Open the booking',
      },
    }[alert];
    const content = renderEmail({
      brand: { name: booking.vendor.name, logoUrl: booking.vendor.logoUrl },
      heading: words.subject,
      paragraphs: [words.lead],
      details: [
        ['Booking', booking.reference],
        ['Customer', `${booking.contactName} <${booking.contactEmail}>`],
        ['When', `${formatRange(booking.startAt, booking.endAt, booking.timeZone)} (${zoneName(booking.timeZone, booking.startAt)}, ${booking.timeZone})`],
        ...(booking.quantity > 1 ? ([['Quantity', String(booking.quantity)]] as Array<[string, string]>) : []),
        ['Total', money(booking.totalAmount)],
      ],
      action: { label: words.action, url: absoluteUrl(vendorBookingPath(booking.id)) },
      footer: [`You get this email as a member of ${booking.vendor.name} on Bookwell.`],
      preferencesUrl: preferencesUrl(recipient),
    });
    await sendEmail(db, { id, to: recipient, subject: `${words.subject}: ${booking.listing.title} (${booking.reference})`, ...content, bookingId: booking.id, headers: unsubscribeHeaders(recipient, alert) });
  },
};
