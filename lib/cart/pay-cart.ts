import 'server-only';
import type Stripe from 'stripe';
import type { Db } from '@/lib/db/prisma';
import { ValidationFailed } from '@/lib/errors';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { startCheckoutFor, type CheckoutStarted } from '@/lib/payments/checkout';
import type { PaymentsConfig } from '@/lib/payments/config';
import { loadReceipt, type Receipt } from './checkout-receipt';

// Paying a cart's checkout at once: everything its bookings owe online now goes into ONE hosted
// checkout per currency (a checkout takes one currency), so "Due online now" is one payment.

type Payable = {
  id: string;
  status: BookingStatus;
  currency: string;
  depositAmount: number;
  paidAmount: number;
  holdExpiresAt: Date | null;
  listing: { paymentMode: string };
};

export type DueOnline = { currency: string; amount: number; bookingIds: string[] };

/** What the checkout's bookings owe online now, one entry per currency (in the order they appear). */
export function dueOnline(bookings: Payable[], now = new Date()): DueOnline[] {
  const due = new Map<string, DueOnline>();
  for (const booking of bookings) {
    const online = booking.listing.paymentMode === 'ONLINE_FULL' || booking.listing.paymentMode === 'ONLINE_DEPOSIT';
    const amount = booking.depositAmount - booking.paidAmount;
    const held = booking.holdExpiresAt !== null && booking.holdExpiresAt.getTime() > now.getTime();
    if (!online || booking.status !== 'AWAITING_PAYMENT' || amount <= 0 || !held) continue;
    const entry = due.get(booking.currency) ?? { currency: booking.currency, amount: 0, bookingIds: [] };
    entry.amount += amount;
    entry.bookingIds.push(booking.id);
    due.set(booking.currency, entry);
  }
  return [...due.values()];
}

/**
 * Starts (or reuses) the one checkout for everything the receipt's bookings the viewer may see owe
 * online in `currency`; the customer comes back to the done page.
 */
export async function startCartPayment(
  db: Db,
  input: { receipt: Receipt; viewer: { userId: string } | null; currency: string; baseUrl: string },
  options: { config?: PaymentsConfig; stripe?: Stripe; now?: Date } = {},
): Promise<CheckoutStarted> {
  const now = options.now ?? new Date();
  const entries = await loadReceipt(db, input.receipt, input.viewer, now);
  const due = dueOnline(entries.map((e) => e.booking), now).find((d) => d.currency === input.currency);
  if (!due) throw new ValidationFailed('Nothing is due online for these bookings any more.');
  return startCheckoutFor(db, { bookingIds: due.bookingIds, baseUrl: input.baseUrl }, options);
}
