import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { RateLimited } from '@/lib/errors';

// An unpaid hold blocks inventory until it lapses, so a script making guest bookings or checking
// out carts could hold every unit of a listing for free. Each person (contact email, phone,
// account) and each client address may keep only a few open unpaid holds per listing and in total;
// paying turns a hold into a booking that no longer counts. The business and operators booking
// for someone (dashboard, API keys) are not capped.

export type HoldCaps = { perListing: number; total: number };
/** Several people can share one address (an office, a phone network): its caps are this many times a person's. */
export const ADDRESS_FACTOR = 5;

const positive = (value: string | undefined, fallback: number) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback);

/** HOLDS_PER_LISTING (2) and HOLDS_TOTAL (20: a full cart can still check out). */
export function holdCaps(env: Record<string, string | undefined> = process.env): HoldCaps {
  return { perListing: positive(env.HOLDS_PER_LISTING, 2), total: positive(env.HOLDS_TOTAL, 20) };
}

export type HoldClaim = { listingId: string; email: string; phone: string | null; customerId: string | null; clientAddress: string | null };

type Counts = { email_listing: number; email_total: number; phone_listing: number; phone_total: number; customer_listing: number; customer_total: number; address_listing: number; address_total: number; next_lapse: Date | null };

const capped = (actor: Actor) => actor.kind === 'customer' || actor.kind === 'guest';
const normalEmail = (email: string) => email.trim().toLowerCase();
const phoneDigits = (phone: string | null) => phone?.replace(/\D/g, '') || null;

/**
 * Queues holds of one person: parallel requests cannot all pass the count. Taken before any
 * inventory lock, so two checkouts of one person never wait on each other in opposite order
 * (the items of one cart share the transaction, and so the locks).
 */
export async function lockHoldsOf(tx: Tx, claim: Omit<HoldClaim, 'listingId'>, actor: Actor): Promise<void> {
  if (!capped(actor)) return;
  const phone = phoneDigits(claim.phone);
  const keys = [`email:${normalEmail(claim.email)}`, phone && `phone:${phone}`, claim.customerId && `customer:${claim.customerId}`, claim.clientAddress && `address:${claim.clientAddress}`];
  for (const key of keys.filter((k): k is string => !!k).sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`hold:${key}`}, 0))`;
}

/** Throws RateLimited (429, with when the next of these holds lapses) when this new hold would pass a cap. Call after lockHoldsOf. */
export async function assertHoldAllowed(tx: Tx, claim: HoldClaim, actor: Actor, now: Date, caps: HoldCaps = holdCaps()): Promise<void> {
  if (!capped(actor)) return;
  const email = normalEmail(claim.email);
  const phone = phoneDigits(claim.phone);

  const [counts] = await tx.$queryRaw<Counts[]>`
    SELECT
      count(*) FILTER (WHERE lower("contactEmail") = ${email} AND "listingId" = ${claim.listingId}::uuid)::int AS email_listing,
      count(*) FILTER (WHERE lower("contactEmail") = ${email})::int AS email_total,
      count(*) FILTER (WHERE regexp_replace("contactPhone", '\\D', '', 'g') = ${phone} AND "listingId" = ${claim.listingId}::uuid)::int AS phone_listing,
      count(*) FILTER (WHERE regexp_replace("contactPhone", '\\D', '', 'g') = ${phone})::int AS phone_total,
      count(*) FILTER (WHERE "customerId" = ${claim.customerId}::uuid AND "listingId" = ${claim.listingId}::uuid)::int AS customer_listing,
      count(*) FILTER (WHERE "customerId" = ${claim.customerId}::uuid)::int AS customer_total,
      count(*) FILTER (WHERE "clientAddress" = ${claim.clientAddress} AND "listingId" = ${claim.listingId}::uuid)::int AS address_listing,
      count(*) FILTER (WHERE "clientAddress" = ${claim.clientAddress})::int AS address_total,
      min("holdExpiresAt") AS next_lapse
    FROM "Booking"
    WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT') AND "holdExpiresAt" > ${now} AND "paidAmount" = 0
      AND (lower("contactEmail") = ${email} OR regexp_replace("contactPhone", '\\D', '', 'g') = ${phone}
           OR "customerId" = ${claim.customerId}::uuid OR "clientAddress" = ${claim.clientAddress})`;
  if (!counts) return;

  const person = Math.max(counts.email_listing, counts.phone_listing, counts.customer_listing);
  const personTotal = Math.max(counts.email_total, counts.phone_total, counts.customer_total);
  const onListing = person >= caps.perListing || counts.address_listing >= caps.perListing * ADDRESS_FACTOR;
  const overall = personTotal >= caps.total || counts.address_total >= caps.total * ADDRESS_FACTOR;
  if (!onListing && !overall) return;

  const seconds = Math.max(60, Math.ceil(((counts.next_lapse?.getTime() ?? now.getTime()) - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const what = onListing ? `unpaid bookings of this listing (at most ${caps.perListing} at a time)` : `unpaid bookings (at most ${caps.total} at a time)`;
  throw new RateLimited(
    `You already have as many ${what} waiting for payment as you can. Pay for or cancel one of them first, or try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`} when a hold lapses.`,
    seconds,
  );
}
