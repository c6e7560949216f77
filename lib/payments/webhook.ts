import 'server-only';
import Stripe from 'stripe';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import { inBookingTransaction } from '@/lib/booking/transaction';
import type { Db, Tx } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { applyPayment, applySessionPayment, type PaymentOutcome } from './apply-payment';
import { paymentsConfig, stripeClient, type PaymentsConfig } from './config';
import { recordProviderRefund } from './refunds';

// The payment webhook: verify the signature on the raw body, store the event once by its id,
// and apply it once. It is the only thing that marks an online booking paid.

export class WebhookSignatureInvalid extends DomainError {
  readonly code = 'SIGNATURE_INVALID';
  readonly status = 400;
}

/** The event applies later (e.g. a refund reported before its charge): answered 500 so the provider retries. */
export class EventNotReady extends Error {}

/** Stripe's own verification: HMAC-SHA256 of "timestamp.body", within 5 minutes by default. */
export function verifyStripeEvent(rawBody: string, signature: string | null, secret: string, options: { toleranceSeconds?: number; stripe?: Stripe } = {}): Stripe.Event {
  if (!signature) throw new WebhookSignatureInvalid('Missing Stripe-Signature header.');
  const stripe = options.stripe ?? stripeClient({ secretKey: 'sk_test_verify_only' });
  try {
    return stripe.webhooks.constructEvent(rawBody, signature, secret, options.toleranceSeconds);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw new WebhookSignatureInvalid('The webhook signature is not valid.');
    throw new WebhookSignatureInvalid('The webhook body is not a valid event.');
  }
}

const metadataSchema = z.object({ bookingId: id() }).loose();
const sessionMetadataSchema = z.object({ bookingId: id().optional() }).loose();
const idOf = z.union([z.string(), z.object({ id: z.string() }).loose()]).transform((v) => (typeof v === 'string' ? v : v.id));

const checkoutSessionSchema = z
  .object({
    id: z.string(),
    payment_status: z.string(),
    amount_total: z.number().int().nullable(),
    payment_intent: idOf.nullable(),
    client_reference_id: z.string().nullable().optional(),
    metadata: sessionMetadataSchema,
  })
  .loose();
const sessionIdSchema = z.object({ id: z.string() }).loose();
const paymentIntentSchema = z.object({ id: z.string(), amount_received: z.number().int(), metadata: metadataSchema }).loose();
const chargeSchema = z.object({ id: z.string(), payment_intent: idOf.nullable(), amount_refunded: z.number().int() }).loose();

export type EventResult =
  | { status: 'applied'; outcome: string }
  | { status: 'duplicate' }
  | { status: 'ignored'; reason: string }
  | { status: 'failed'; error: string };

/**
 * Stores the event (unique per provider and event id) and applies it in one transaction under a
 * lock on its row: the same event delivered twice, or concurrently, changes things once.
 * A domain refusal is kept on the row as `error` and acknowledged; an unexpected failure is not
 * (the provider retries).
 */
export async function receiveEvent(db: Db, event: Stripe.Event, config: Pick<PaymentsConfig, 'provider'>, now = new Date()): Promise<EventResult> {
  const provider = config.provider;
  await db.providerEvent.createMany({
    data: [{ provider, eventId: event.id, type: event.type, payload: event as unknown as Prisma.InputJsonValue }],
    skipDuplicates: true,
  });
  try {
    return await inBookingTransaction(db, async (tx) => {
      const [row] = await tx.$queryRaw<Array<{ id: string; processedAt: Date | null }>>`
        SELECT "id", "processedAt" FROM "ProviderEvent" WHERE "provider" = ${provider}::"PaymentProvider" AND "eventId" = ${event.id} FOR UPDATE`;
      if (!row) throw new Error(`Provider event ${event.id} was not stored.`);
      if (row.processedAt) return { status: 'duplicate' } as const;
      const result = await applyEvent(tx, event, provider, now);
      await tx.providerEvent.update({ where: { id: row.id }, data: { processedAt: now, error: null } });
      return result;
    });
  } catch (error) {
    if (!(error instanceof DomainError)) {
      await db.providerEvent.updateMany({ where: { provider, eventId: event.id, processedAt: null }, data: { error: String(error instanceof Error ? error.message : error) } });
      throw error;
    }
    await db.providerEvent.updateMany({ where: { provider, eventId: event.id, processedAt: null }, data: { processedAt: now, error: error.message } });
    return { status: 'failed', error: error.message };
  }
}

async function applyEvent(tx: Tx, event: Stripe.Event, provider: 'STRIPE' | 'TEST', now: Date): Promise<EventResult> {
  const object = event.data.object as unknown;
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const parsed = checkoutSessionSchema.safeParse(object);
      if (!parsed.success) return { status: 'ignored', reason: 'not a booking payment' };
      const session = parsed.data;
      // Bank debits and the like complete the session unpaid; their money comes with async_payment_succeeded.
      if (session.payment_status !== 'paid' && session.payment_status !== 'no_payment_required') return { status: 'ignored', reason: `session ${session.payment_status}` };
      const amount = session.amount_total ?? 0;
      const paymentRef = session.payment_intent ?? session.id;
      // Our stored session says which bookings it pays and each one's part (a cart pays several at once).
      const stored = await tx.checkoutSession.findUnique({ where: { provider_providerRef: { provider, providerRef: session.id } }, include: { items: true } });
      if (stored) {
        await tx.checkoutSession.update({ where: { id: stored.id }, data: { status: 'COMPLETED', completedAt: now } });
        return appliedAll(await applySessionPayment(tx, stored.items, { amount, provider, paymentRef }, now));
      }
      if (!session.metadata.bookingId) return { status: 'ignored', reason: 'not a booking payment' };
      return applied(await applyPayment(tx, { bookingId: session.metadata.bookingId, amount, provider, paymentRef }, now));
    }
    case 'payment_intent.succeeded': {
      const parsed = paymentIntentSchema.safeParse(object);
      if (!parsed.success) return { status: 'ignored', reason: 'not a booking payment' };
      const intent = parsed.data;
      return applied(await applyPayment(tx, { bookingId: intent.metadata.bookingId, amount: intent.amount_received, provider, paymentRef: intent.id }, now));
    }
    case 'charge.refunded': {
      const parsed = chargeSchema.safeParse(object);
      if (!parsed.success) return { status: 'ignored', reason: 'not a charge' };
      const charge = parsed.data;
      if (!charge.payment_intent) return { status: 'ignored', reason: 'charge without payment intent' };
      const outcome = await recordProviderRefund(tx, { provider, paymentRef: charge.payment_intent, chargeId: charge.id, amountRefunded: charge.amount_refunded });
      if (outcome === 'unknown_charge') throw new EventNotReady(`Refund reported for ${charge.payment_intent}, whose payment is not on record yet.`);
      return { status: 'applied', outcome };
    }
    // Nothing is confirmed: the booking's hold lapses as usual and the customer may try again.
    case 'checkout.session.expired': {
      const parsed = sessionIdSchema.safeParse(object);
      if (parsed.success) await tx.checkoutSession.updateMany({ where: { provider, providerRef: parsed.data.id, status: 'OPEN' }, data: { status: 'EXPIRED' } });
      return { status: 'ignored', reason: 'no payment' };
    }
    case 'checkout.session.async_payment_failed':
    case 'payment_intent.payment_failed':
    case 'payment_intent.canceled':
      return { status: 'ignored', reason: 'no payment' };
    default:
      return { status: 'ignored', reason: `unhandled type ${event.type}` };
  }
}

/** Several bookings paid at once: duplicate only when every part was already applied. */
function appliedAll(outcomes: PaymentOutcome[]): EventResult {
  const kinds = [...new Set(outcomes.filter((o) => o.kind !== 'duplicate').map((o) => o.kind))];
  return kinds.length === 0 ? { status: 'duplicate' } : { status: 'applied', outcome: kinds.join(',') };
}

function applied(outcome: PaymentOutcome): EventResult {
  return outcome.kind === 'duplicate' ? { status: 'duplicate' } : { status: 'applied', outcome: outcome.kind };
}

/** The route handler's whole job, shared with the test checkout (which posts through the same verification). */
export async function handleStripeWebhook(db: Db, rawBody: string, signature: string | null, options: { config?: PaymentsConfig; now?: Date } = {}): Promise<EventResult> {
  const config = options.config ?? paymentsConfig();
  const event = verifyStripeEvent(rawBody, signature, config.webhookSecret);
  return receiveEvent(db, event, config, options.now);
}
