import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import { absoluteUrl } from '@/lib/config/app-url';
import { bookingLocation } from '@/lib/email/booking-email';
import { renderEmail } from '@/lib/email/layout';
import { isOptedOut, preferencesUrl, unsubscribeHeaders } from '@/lib/email/preferences';
import { sendEmail } from '@/lib/email/send-email';
import { formatRange, zoneName } from '@/lib/format/date-time';
import { issueManageToken, manageUrl } from '@/lib/magic-links/manage-links';
import { customerBookingPath } from '@/lib/notifications/booking-notification';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

// Reminders before a confirmed booking starts (the business's reminderHours, default 24; none for
// bookings made after that point) and review requests after a completed one. A cron job finds
// what is due; one statement records the BookingNudge and writes its outbox message, and the
// nudge's primary key (booking, kind) lets only one of several workers do so.

export type NudgeKind = 'reminder' | 'review_request';
const REVIEW_AFTER_HOURS = 2;
const REVIEW_WITHIN_DAYS = 30;

/** Writes the outbox messages of reminders and review requests now due; returns how many. */
export async function scheduleNudges(db: Db, now = new Date()): Promise<{ reminders: number; reviewRequests: number }> {
  const reminders = await db.$executeRaw`
    WITH due AS (
      SELECT b."id" FROM "Booking" b JOIN "Vendor" v ON v."id" = b."vendorId"
      WHERE b."status" = 'CONFIRMED' AND v."reminderHours" > 0 AND b."startAt" > ${now}
        AND b."startAt" - make_interval(hours => v."reminderHours") <= ${now}
        AND b."createdAt" < b."startAt" - make_interval(hours => v."reminderHours")
    ), nudged AS (
      INSERT INTO "BookingNudge" ("bookingId", "kind") SELECT "id", 'reminder' FROM due
      ON CONFLICT DO NOTHING RETURNING "bookingId"
    )
    INSERT INTO "OutboxMessage" ("id", "topic", "payload", "bookingId", "availableAt")
    SELECT gen_random_uuid(), 'nudge.reminder', jsonb_build_object('bookingId', "bookingId", 'kind', 'reminder'), "bookingId", ${now} FROM nudged`;
  const reviewRequests = await db.$executeRaw`
    WITH due AS (
      SELECT b."id" FROM "Booking" b
      WHERE b."status" = 'COMPLETED' AND b."noShowAt" IS NULL
        AND b."endAt" <= ${now}::timestamptz - make_interval(hours => ${REVIEW_AFTER_HOURS})
        AND b."endAt" > ${now}::timestamptz - make_interval(days => ${REVIEW_WITHIN_DAYS})
        AND NOT EXISTS (SELECT 1 FROM "Review" r WHERE r."bookingId" = b."id")
    ), nudged AS (
      INSERT INTO "BookingNudge" ("bookingId", "kind") SELECT "id", 'review_request' FROM due
      ON CONFLICT DO NOTHING RETURNING "bookingId"
    )
    INSERT INTO "OutboxMessage" ("id", "topic", "payload", "bookingId", "availableAt")
    SELECT gen_random_uuid(), 'nudge.review_request', jsonb_build_object('bookingId', "bookingId", 'kind', 'review_request'), "bookingId", ${now} FROM nudged`;
  return { reminders, reviewRequests };
}

const payloadSchema = z.object({ bookingId: z.string(), kind: z.enum(['reminder', 'review_request']) });

async function loadNudge(db: Db, payload: unknown) {
  const { bookingId, kind } = payloadSchema.parse(payload);
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    include: { listing: { select: { title: true, address: true, city: true } }, vendor: { select: { name: true, logoUrl: true, contactEmail: true } }, review: { select: { id: true } } },
  });
  return booking ? { booking, kind } : null;
}

/** Emails the reminder or review request to the booking's contact, unless they turned that kind off. */
export const nudgeEmailHandler: OutboxHandler = {
  name: 'nudge-email',
  topics: ['nudge.*'],
  async recipients(db, message) {
    const nudge = await loadNudge(db, message.payload);
    if (!nudge || (await isOptedOut(db, nudge.booking.contactEmail, nudge.kind))) return [];
    return [nudge.booking.contactEmail.toLowerCase()];
  },
  async handle(db, message, { recipient }) {
    const nudge = await loadNudge(db, message.payload);
    if (!nudge) return;
    const { booking, kind } = nudge;
    // Still relevant? A cancelled booking gets no reminder, a reviewed one no request.
    if (kind === 'reminder' && booking.status !== 'CONFIRMED') return;
    if (kind === 'review_request' && booking.review) return;
    const id = idempotentId(message.id, 'email', kind);
    if (await db.emailMessage.findUnique({ where: { id }, select: { id: true } })) return;

    const link = booking.customerId ? absoluteUrl(customerBookingPath(booking.id)) : absoluteUrl(manageUrl(await issueManageToken(db, booking.id)));
    const when = `${formatRange(booking.startAt, booking.endAt, booking.timeZone)} (${zoneName(booking.timeZone, booking.startAt)}, ${booking.timeZone})`;
    const where = bookingLocation(booking);
    const to = recipient || booking.contactEmail;
    const subject = kind === 'reminder' ? `Reminder: ${booking.listing.title} (${booking.reference})` : `How was ${booking.listing.title}? Leave a review`;
    const content = renderEmail({
      brand: { name: booking.vendor.name, logoUrl: booking.vendor.logoUrl },
      greeting: `Hello ${booking.contactName},`,
      heading: kind === 'reminder' ? `See you soon at ${booking.vendor.name}` : `How was ${booking.listing.title}?`,
      paragraphs:
        kind === 'reminder'
          ? [`This is a reminder of your booking ${booking.reference}.`]
          : [`Thank you for booking with ${booking.vendor.name}. A short review helps them and the next customers.`],
      details: [['Booking', booking.reference], ['What', booking.listing.title], ['When', when], ...(where ? ([['Where', where]] as Array<[string, string]>) : [])],
      action: { label: kind === 'reminder' ? 'View your booking' : 'Leave a review', url: link },
      footer: [`Questions? Contact ${booking.vendor.name}: ${booking.vendor.contactEmail}`],
      preferencesUrl: preferencesUrl(to),
    });
    await sendEmail(db, { id, to, subject, ...content, bookingId: booking.id, headers: unsubscribeHeaders(to, kind) });
  },
};
