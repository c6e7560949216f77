import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type Stripe from 'stripe';
import { assertBusinessActive } from '@/lib/booking/business-suspension';
import { inBookingTransaction } from '@/lib/booking/transaction';
import type { Db, Tx } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { InvalidTransition, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { encodeTestSession } from './test-session';
import { returnQuery } from './return-query';
import { assertGuestVerified } from '@/lib/booking/guest-verification';

// Starting an online payment: ONE hosted checkout (a Stripe Checkout Session, or the test
// checkout without keys) for what one or more bookings owe online now, from their price
// snapshots, expiring with their holds. The open session is stored and reused: a second tab or
// a double click gets the same page, so the same booking cannot be paid twice by accident.

const MIN_SESSION_MS = 30 * 60_000 + 60_000; // Stripe refuses expires_at under 30 minutes away
const MAX_SESSION_MS = 24 * 3_600_000;
/** An open session is reused only while the customer still has this long to pay on it. */
const REUSE_MARGIN_MS = 2 * 60_000;

export type StartCheckoutInput = { bookingId: string; baseUrl: string };
export type StartGroupCheckoutInput = { bookingIds: string[]; baseUrl: string };
export type CheckoutStarted = {
  url: string;
  /** The provider's session id (cs_…). */
  sessionId: string;
  /** Our CheckoutSession row. */
  checkoutSessionId: string;
  amount: number;
  currency: string;
  expiresAt: Date;
  /** An open session for the same bookings and amounts was handed back instead of a new one. */
  reused: boolean;
};
type Options = { config?: PaymentsConfig; stripe?: Stripe; now?: Date };

/**
 * The session's expiry: the hold's, clamped into Stripe's 30 min – 24 h window (a short hold
 * is lengthened, and a payment that lands after the hold is handled as a late payment).
 * Rounded up to the minute so a double click reuses the same idempotency key and parameters.
 */
export function sessionExpiry(holdExpiresAt: Date, now: Date): Date {
  const at = Math.min(Math.max(holdExpiresAt.getTime(), now.getTime() + MIN_SESSION_MS), now.getTime() + MAX_SESSION_MS - 60_000);
  return new Date(Math.ceil(at / 60_000) * 60_000);
}

/** One booking's payment (its manage or account page). */
export function startCheckout(db: Db, input: StartCheckoutInput, options: Options = {}): Promise<CheckoutStarted> {
  return startCheckoutFor(db, { bookingIds: [input.bookingId], baseUrl: input.baseUrl }, options);
}

const bookingSelect = {
  id: true, reference: true, vendorId: true, status: true, currency: true, depositAmount: true, paidAmount: true, totalAmount: true, holdExpiresAt: true, contactEmail: true,
  listing: { select: { title: true, paymentMode: true } },
} as const;

/**
 * Everything the given bookings owe online now, in one checkout (one currency). Reuses the open
 * session for exactly these bookings and amounts; an open session that covers other bookings or
 * amounts is expired first, so at most one payable session exists for a booking at a time.
 */
export async function startCheckoutFor(db: Db, input: StartGroupCheckoutInput, options: Options = {}): Promise<CheckoutStarted> {
  const config = options.config ?? paymentsConfig();
  const now = options.now ?? new Date();
  const ids = [...new Set(input.bookingIds)].sort();
  if (ids.length === 0) throw new InvalidTransition('Nothing is due online.');
  const base = input.baseUrl.replace(/\/+$/, '');

  const decided = await inBookingTransaction(db, async (tx) => {
    // Locked so two tabs starting at once queue here: the second finds the first one's session.
    await tx.$queryRaw`SELECT "id" FROM "Booking" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
    const bookings = await tx.booking.findMany({ where: { id: { in: ids } }, select: bookingSelect, orderBy: { id: 'asc' } });
    if (bookings.length !== ids.length) throw new NotFound('This booking does not exist.');
    for (const booking of bookings) assertPayable(booking, now, ids.length > 1);
    await assertGuestVerified(tx, ids, 'guest');
    for (const vendorId of new Set(bookings.map((b) => b.vendorId))) await assertBusinessActive(tx, vendorId, 'payment');
    const currencies = new Set(bookings.map((b) => b.currency));
    if (currencies.size > 1) throw new ValidationFailed('Bookings in different currencies are paid in separate checkouts.');
    const dues = bookings.map((b) => ({ bookingId: b.id, amount: b.depositAmount - b.paidAmount }));
    const amount = dues.reduce((sum, d) => sum + d.amount, 0);
    const holdEnds = Math.min(...bookings.map((b) => b.holdExpiresAt!.getTime()));
    const expiresAt = sessionExpiry(new Date(holdEnds), now);

    const open = await tx.checkoutSession.findMany({ where: { status: 'OPEN', items: { some: { bookingId: { in: ids } } } }, include: { items: true }, orderBy: { createdAt: 'desc' } });
    const reusable = open.find((s) => s.provider === config.provider && s.expiresAt.getTime() > now.getTime() + REUSE_MARGIN_MS && sameItems(s.items, dues));
    const superseded = open.filter((s) => s !== reusable);
    if (superseded.length > 0) await tx.checkoutSession.updateMany({ where: { id: { in: superseded.map((s) => s.id) } }, data: { status: 'EXPIRED' } });
    const toExpireAtStripe = superseded.filter((s) => s.provider === 'STRIPE').map((s) => s.providerRef);
    if (reusable) return { kind: 'ready' as const, session: reusable, reused: true, toExpireAtStripe };

    const first = bookings[0]!;
    const plan = { bookings, dues, amount, currency: first.currency, expiresAt };
    if (config.mode !== 'test') return { kind: 'create' as const, plan, toExpireAtStripe };

    // The test checkout needs no provider call: its session is created under the same locks.
    const id = randomUUID();
    const token = encodeTestSession(
      { checkoutSessionId: id, bookingId: first.id, reference: describe(bookings), amount, currency: first.currency, expiresAt: expiresAt.getTime() },
      config.webhookSecret,
    );
    const session = await tx.checkoutSession.create({
      data: { id, provider: 'TEST', providerRef: token.id, url: `${base}/pay/test-checkout/${token.token}`, currency: first.currency, amount, expiresAt, items: { create: dues } },
    });
    return { kind: 'ready' as const, session, reused: false, toExpireAtStripe };
  });

  const stripe = () => options.stripe ?? stripeClient(config);
  // A session replaced by a new one can no longer be paid (best effort: one paid meanwhile is applied by the webhook).
  for (const ref of decided.toExpireAtStripe) await stripe().checkout.sessions.expire(ref).catch(() => undefined);

  if (decided.kind === 'ready') {
    const s = decided.session;
    return { url: s.url, sessionId: s.providerRef, checkoutSessionId: s.id, amount: s.amount, currency: s.currency, expiresAt: s.expiresAt, reused: decided.reused };
  }
  return createStripeSession(db, stripe(), decided.plan, base);
}

type Payable = { id: string; reference: string; status: string; currency: string; depositAmount: number; totalAmount: number; paidAmount: number; holdExpiresAt: Date | null; contactEmail: string; listing: { title: string; paymentMode: string } };

function assertPayable(booking: Payable, now: Date, inGroup: boolean) {
  const name = inGroup ? `${booking.reference}: ` : '';
  if (booking.listing.paymentMode !== 'ONLINE_FULL' && booking.listing.paymentMode !== 'ONLINE_DEPOSIT') throw new PolicyViolation(`${name}This booking is not paid online.`);
  if (booking.status !== 'AWAITING_PAYMENT') throw new InvalidTransition(`${name}This booking is not waiting for a payment.`);
  if (!booking.holdExpiresAt || booking.holdExpiresAt.getTime() <= now.getTime()) {
    throw new InvalidTransition(`${name}The time to pay for this booking has run out. Please book again.`);
  }
  if (booking.depositAmount - booking.paidAmount <= 0) throw new InvalidTransition(`${name}Nothing is due online for this booking.`);
}

function sameItems(items: Array<{ bookingId: string; amount: number }>, dues: Array<{ bookingId: string; amount: number }>) {
  if (items.length !== dues.length) return false;
  const due = new Map(dues.map((d) => [d.bookingId, d.amount]));
  return items.every((item) => due.get(item.bookingId) === item.amount);
}

const describe = (bookings: Payable[]) => (bookings.length === 1 ? bookings[0]!.reference : bookings.map((b) => b.reference).join(', '));

type Plan = { bookings: Payable[]; dues: Array<{ bookingId: string; amount: number }>; amount: number; currency: string; expiresAt: Date };

async function createStripeSession(db: Db, stripe: Stripe, plan: Plan, base: string): Promise<CheckoutStarted> {
  const single = plan.bookings.length === 1 ? plan.bookings[0]! : null;
  // The return URLs name only the booking: no manage token ever reaches the provider (see pay-access.ts).
  const query = (page: 'success' | 'cancel') => `${base}/pay/${page}?${returnQuery(plan.bookings[0]!.id, plan.bookings.length)}`;
  // Metadata names the bookings; the webhook finds the split by the session id in our table.
  const metadata: Record<string, string> = single ? { bookingId: single.id, reference: single.reference } : { bookingIds: plan.bookings.map((b) => b.id).join(',') };
  const lineItems = plan.bookings.map((booking, i) => {
    const amount = plan.dues[i]!.amount;
    return {
      quantity: 1,
      price_data: {
        currency: plan.currency.toLowerCase(),
        unit_amount: amount,
        product_data: { name: `${booking.listing.title}${amount < booking.totalAmount ? ' (deposit)' : ''}`, description: `Booking ${booking.reference}` },
      },
    };
  });
  const description = single ? `Booking ${single.reference}` : `Bookings ${describe(plan.bookings)}`;
  const key = single ? single.id : createHash('sha256').update(plan.dues.map((d) => d.bookingId).join(',')).digest('hex').slice(0, 32);
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      line_items: lineItems,
      customer_email: plan.bookings[0]!.contactEmail,
      client_reference_id: single ? single.id : undefined,
      metadata,
      payment_intent_data: { metadata, description },
      expires_at: Math.floor(plan.expiresAt.getTime() / 1000),
      success_url: query('success'),
      cancel_url: query('cancel'),
    },
    // One session per bookings, amount and expiry: a double click gets the same session back.
    { idempotencyKey: `checkout:${key}:${plan.amount}:${plan.expiresAt.getTime()}` },
  );
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a URL.`);
  const stored = await rememberSession(db, { providerRef: session.id, url: session.url, plan });
  return { url: session.url, sessionId: session.id, checkoutSessionId: stored.id, amount: plan.amount, currency: plan.currency, expiresAt: plan.expiresAt, reused: false };
}

/** Stores a Stripe session once (two racing starts get the same session from Stripe's idempotency). */
async function rememberSession(db: Db, input: { providerRef: string; url: string; plan: Plan }) {
  const { plan } = input;
  return inBookingTransaction(db, async (tx: Tx) => {
    await tx.checkoutSession.createMany({
      data: [{ provider: 'STRIPE', providerRef: input.providerRef, url: input.url, currency: plan.currency, amount: plan.amount, expiresAt: plan.expiresAt }],
      skipDuplicates: true,
    });
    const stored = await tx.checkoutSession.findUniqueOrThrow({ where: { provider_providerRef: { provider: 'STRIPE', providerRef: input.providerRef } } });
    await tx.checkoutSessionItem.createMany({ data: plan.dues.map((d) => ({ sessionId: stored.id, ...d })), skipDuplicates: true });
    return stored;
  });
}

/** "A$88.00 for 2 bookings": how the cart's pay button and the checkout describe a group. */
export function groupAmountLabel(amount: number, currency: string, count: number) {
  return `${formatMoney(amount, currency)}${count > 1 ? ` for ${count} bookings` : ''}`;
}
