import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import { absoluteUrl } from '@/lib/config/app-url';
import { formatRange, zoneName } from '@/lib/format/date-time';
import type { OutboxMessage } from '@/lib/generated/prisma/client';
import { customerBookingPath } from '@/lib/notifications/booking-notification';
import { toE164 } from '@/lib/sms/phone';
import { sendSms } from '@/lib/sms/send-sms';
import { bookingChangeKind, bookingMessagePayloadSchema } from './booking-change';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

// Booking texts: the confirmation and the reminder, only when the business sends texts
// (Vendor.smsEnabled) and the customer agreed (SmsConsent, from the email preferences page), to
// the booking's phone number when it is a valid E.164 number.

const reminderSchema = z.object({ bookingId: z.string() });

/** Which text a message asks for, and for which booking. */
function textOf(message: OutboxMessage): { bookingId: string; text: 'confirmed' | 'reminder' } | null {
  if (message.topic === 'nudge.reminder') return { bookingId: reminderSchema.parse(message.payload).bookingId, text: 'reminder' };
  const payload = bookingMessagePayloadSchema.parse(message.payload);
  const kind = bookingChangeKind(message.topic, payload);
  return (kind === 'created' && payload.to === 'CONFIRMED') || kind === 'confirmed' ? { bookingId: payload.bookingId, text: 'confirmed' } : null;
}

async function loadText(db: Db, message: OutboxMessage) {
  const wanted = textOf(message);
  if (!wanted) return null;
  const { bookingId: id, text } = wanted;
  const payload = { bookingId: id };
  const booking = await db.booking.findUnique({
    where: { id: payload.bookingId },
    include: { listing: { select: { title: true } }, vendor: { select: { name: true, smsEnabled: true } } },
  });
  if (!booking || !booking.vendor.smsEnabled) return null;
  const phone = toE164(booking.contactPhone);
  if (!phone || !(await db.smsConsent.findUnique({ where: { email: booking.contactEmail.toLowerCase() } }))) return null;
  return { booking, phone, text };
}

export const bookingSmsHandler: OutboxHandler = {
  name: 'booking-sms',
  topics: ['booking.*', 'nudge.reminder'],
  async recipients(db, message) {
    const text = await loadText(db, message);
    return text ? [text.phone] : [];
  },
  async handle(db, message, { recipient }) {
    const loaded = await loadText(db, message);
    if (!loaded || loaded.phone !== recipient) return;
    const { booking, text } = loaded;
    if (text === 'reminder' && booking.status !== 'CONFIRMED') return;
    const when = `${formatRange(booking.startAt, booking.endAt, booking.timeZone)} (${zoneName(booking.timeZone, booking.startAt)})`;
    const link = booking.customerId ? ` ${absoluteUrl(customerBookingPath(booking.id))}` : '';
    const body =
      text === 'confirmed'
        ? `${booking.vendor.name}: your booking ${booking.reference} is confirmed. ${booking.listing.title}, ${when}.${link}`
        : `${booking.vendor.name}: reminder of your booking ${booking.reference}, ${booking.listing.title}, ${when}.${link}`;
    await sendSms(db, { id: idempotentId(message.id, 'sms', recipient), to: recipient, body, bookingId: booking.id });
  },
};
