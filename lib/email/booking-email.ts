import type { BookingStatus, PaymentMode } from '@/lib/generated/prisma/enums';
import { formatMoney } from '@/lib/domain/money';
import { manualPaymentTerms } from '@/lib/domain/manual-payment';
import { formatDayAndTime, formatRange, zoneName } from '@/lib/format/date-time';
import type { BookingChangeKind } from '@/lib/outbox/booking-change';
import { renderEmail } from './layout';

// The email (HTML and plain text, branded with the business) a booking's contact gets when the booking changes. Pure: the outbox
// handler loads the booking and the link, this decides the words.

export type BookingForEmail = {
  reference: string;
  status: BookingStatus;
  startAt: Date;
  endAt: Date;
  timeZone: string;
  quantity: number;
  currency: string;
  totalAmount: number;
  depositAmount: number;
  paidAmount: number;
  /** Money given back (an extra payment refunded at once counts here too): "paid" is what was kept. */
  refundedAmount?: number;
  holdExpiresAt: Date | null;
  contactName: string;
  listing: { title: string; paymentMode: PaymentMode; address?: string | null; city?: string | null };
  vendor: {
    name: string;
    contactEmail: string;
    contactPhone: string | null;
    logoUrl?: string | null;
    /** Manual payment: the business's bank details and reference format. */
    manualPaymentInstructions?: string | null;
    manualPaymentReferenceFormat?: string;
  };
};

export type BookingEmailContext = {
  kind: BookingChangeKind;
  /** The status the booking had before (null when it was just created). */
  from: BookingStatus | null;
  reason?: string | null;
  refundAmount?: number | null;
  /** Absolute link to the booking: the account page, or a magic manage link for guests. */
  link: string;
  /** "Add to calendar" links (the .ics download and Google Calendar), when the booking is confirmed. */
  calendarLinks?: { ics: string; google: string } | null;
  isGuest: boolean;
  /** The check-in QR code (a PNG data URL) on confirmations. */
  checkInQr?: string | null;
};

/** Kinds that email the contact; the others only notify in the app. */
const EMAILED: readonly BookingChangeKind[] = ['created', 'approved', 'confirmed', 'cancelled', 'declined', 'expired', 'rescheduled'];

export function emailsContactOn(kind: BookingChangeKind): boolean {
  return EMAILED.includes(kind);
}

/** Where the booking takes place, for emails and invites ('' when the listing has no address). */
export function bookingLocation(booking: { listing: { address?: string | null; city?: string | null } }): string {
  return [booking.listing.address, booking.listing.city].filter(Boolean).join(', ');
}

export function bookingEmail(booking: BookingForEmail, context: BookingEmailContext): { subject: string; text: string; html: string } | null {
  if (!emailsContactOn(context.kind)) return null;
  const money = (amount: number) => formatMoney(amount, booking.currency);
  const when = (at: Date) => `${formatDayAndTime(at, booking.timeZone)} (${zoneName(booking.timeZone, at)})`;
  const manual = manualPaymentTerms({
    ...booking,
    vendor: { manualPaymentInstructions: booking.vendor.manualPaymentInstructions ?? null, manualPaymentReferenceFormat: booking.vendor.manualPaymentReferenceFormat ?? '{reference}' },
  });
  const payNow = () =>
    booking.listing.paymentMode === 'MANUAL'
      ? `Please pay ${money(manual?.amountDue ?? booking.totalAmount)} by bank transfer${manual?.deadline ? ` by ${when(manual.deadline)}` : ''}, quoting the reference ${manual?.reference ?? booking.reference}; ${booking.vendor.name} confirms your booking when it arrives.`
      : `Please pay ${money(booking.depositAmount)}${booking.holdExpiresAt ? ` by ${when(booking.holdExpiresAt)}` : ''} to confirm it; until then your place is held for you.`;
  const balance = booking.totalAmount - Math.max(booking.paidAmount, booking.depositAmount);
  const confirmed = [`Your booking is confirmed.`, balance > 0 ? `${money(balance)} is due on site.` : ''].filter(Boolean).join(' ');

  let subject: string;
  let headline: string;
  switch (context.kind) {
    case 'created':
      if (booking.status === 'REQUESTED') {
        subject = 'Booking request sent';
        headline = `We sent your request to ${booking.vendor.name}. They will accept or decline it soon; nothing is charged until then.`;
      } else if (booking.status === 'AWAITING_PAYMENT') {
        subject = 'Booking received: payment due';
        headline = `We received your booking. ${payNow()}`;
      } else {
        subject = 'Booking confirmed';
        headline = confirmed;
      }
      break;
    case 'approved':
      subject = 'Request accepted: payment due';
      headline = `${booking.vendor.name} accepted your request. ${payNow()}`;
      break;
    case 'confirmed':
      subject = 'Booking confirmed';
      headline = confirmed;
      break;
    case 'cancelled':
      subject = 'Booking cancelled';
      headline = [
        'Your booking was cancelled.',
        context.reason ? `Reason: ${context.reason}` : '',
        context.refundAmount ? `${money(context.refundAmount)} will be refunded to you.` : '',
      ].filter(Boolean).join(' ');
      break;
    case 'declined':
      subject = 'Booking request declined';
      headline = [`Sorry, ${booking.vendor.name} could not accept your request.`, context.reason ? `Reason: ${context.reason}` : '', 'Nothing was charged.'].filter(Boolean).join(' ');
      break;
    case 'expired':
      subject = 'Booking expired';
      headline = context.from === 'REQUESTED'
        ? `Your request expired because ${booking.vendor.name} did not answer in time. Nothing was charged.`
        : 'Your booking expired because the payment was not made in time. Nothing was charged.';
      break;
    default:
      subject = 'Booking moved';
      headline = 'Your booking was moved to a new time.';
  }

  const action =
    context.kind === 'approved' || (context.kind === 'created' && booking.status === 'AWAITING_PAYMENT')
      ? 'Pay and confirm your booking'
      : context.kind === 'created' && booking.status === 'REQUESTED'
        ? 'View your request'
        : context.isGuest
          ? 'View, cancel or reschedule your booking'
          : 'View your booking';
  const where = bookingLocation(booking);
  const content = renderEmail({
    brand: { name: booking.vendor.name, logoUrl: booking.vendor.logoUrl },
    preheader: headline,
    greeting: `Hello ${booking.contactName},`,
    heading: subject,
    paragraphs: [headline, ...(manual?.instructions ? [`How to pay ${booking.vendor.name}:\n${manual.instructions}`] : [])],
    details: [
      ['Booking', booking.reference],
      ...(manual
        ? ([
            ['Payment reference', manual.reference],
            ['Amount due', money(manual.amountDue)],
            ...(manual.deadline ? [['Pay by', when(manual.deadline)]] : []),
          ] as Array<[string, string]>)
        : []),
      ['What', `${booking.listing.title} with ${booking.vendor.name}`],
      ['When', `${formatRange(booking.startAt, booking.endAt, booking.timeZone)} (${zoneName(booking.timeZone, booking.startAt)}, ${booking.timeZone})`],
      ...(where ? ([['Where', where]] as Array<[string, string]>) : []),
      ...(booking.quantity > 1 ? ([['Quantity', String(booking.quantity)]] as Array<[string, string]>) : []),
      ['Total', `${money(booking.totalAmount)}${booking.paidAmount - (booking.refundedAmount ?? 0) > 0 ? ` (paid ${money(booking.paidAmount - (booking.refundedAmount ?? 0))})` : ''}`],
    ],
    image: context.checkInQr
      ? { src: context.checkInQr, alt: `QR code to check in booking ${booking.reference}`, caption: `Show this code at ${booking.vendor.name} when you arrive, or give your reference ${booking.reference}.` }
      : undefined,
    action: { label: action, url: context.link },
    links: context.calendarLinks
      ? [
          { label: 'Add to calendar (.ics)', url: context.calendarLinks.ics },
          { label: 'Add to Google Calendar', url: context.calendarLinks.google },
        ]
      : undefined,
    footer: [`Questions? Contact ${booking.vendor.name}: ${booking.vendor.contactEmail}${booking.vendor.contactPhone ? `, ${booking.vendor.contactPhone}` : ''}`],
  });
  return { subject: `${subject}: ${booking.listing.title} (${booking.reference})`, ...content };
}
