// The cancellation policy: who may cancel when, and how much of what was paid comes back.
import type { RefundTier } from './listing-json';
import { percentOf } from './money';

/** VENDOR: an owner of the business (or its API key); STAFF: a member without the right to give money away. */
export type CancellationActor = 'CUSTOMER' | 'STAFF' | 'VENDOR' | 'OPERATOR';

export type CancellationPolicy = {
  /** Full refund when cancelled at least this many hours before the start. */
  freeCancellationHours: number;
  /** Partial refunds once the free window has passed; empty = no refund after it. */
  refundTiers: readonly RefundTier[];
};

export type RefundDecision = {
  allowed: boolean;
  reason?: string;
  refundAmount: number;
  refundPercent: number;
};

const HOUR_MS = 3_600_000;

/**
 * The refund percentage a customer gets with `hoursLeft` hours to the start: 100 inside the
 * free window, else the largest refundPercent among tiers with hoursBefore <= hoursLeft, else 0.
 */
export function customerRefundPercent(policy: CancellationPolicy, hoursLeft: number): number {
  if (hoursLeft >= policy.freeCancellationHours) return 100;
  return policy.refundTiers.reduce((best, t) => (t.hoursBefore <= hoursLeft ? Math.max(best, t.refundPercent) : best), 0);
}

/**
 * Customers cannot cancel at or after the start; the business and operators always can. Owners
 * and operators refund everything paid (the customer did nothing wrong); staff may cancel at any
 * time too, but money beyond the listing's policy is an owner's call (as refunds by hand are), so
 * theirs refunds what the policy gives now (nothing after the start). Refunds are a percent of
 * paidAmount, rounded half up, whether that payment was a deposit or the full price.
 */
export function refundForCancellation(input: CancellationPolicy & {
  paidAmount: number;
  startAt: Date;
  now: Date;
  actor: CancellationActor;
}): RefundDecision {
  const paid = Math.max(0, input.paidAmount);
  if (input.actor === 'VENDOR' || input.actor === 'OPERATOR') return { allowed: true, refundAmount: paid, refundPercent: 100 };

  const hoursLeft = (input.startAt.getTime() - input.now.getTime()) / HOUR_MS;
  if (hoursLeft <= 0 && input.actor === 'STAFF') return { allowed: true, refundAmount: 0, refundPercent: 0 };
  if (hoursLeft <= 0) {
    return { allowed: false, reason: 'Bookings cannot be cancelled after they have started.', refundAmount: 0, refundPercent: 0 };
  }
  const refundPercent = customerRefundPercent(input, hoursLeft);
  return { allowed: true, refundAmount: percentOf(paid, refundPercent), refundPercent };
}

function hoursPhrase(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

/**
 * The policy in plain words for the listing page, e.g. "Free cancellation up to 24 hours before
 * the start. 50% refund up to 6 hours before. No refund after that; no cancellation after the start."
 */
export function describeCancellationPolicy(policy: CancellationPolicy): string {
  const free = policy.freeCancellationHours;
  if (free <= 0) return 'Free cancellation any time before the start; no cancellation after it.';

  // The effective refund at each tier threshold inside the free window, from the earliest down.
  const thresholds = [...new Set(policy.refundTiers.map((t) => t.hoursBefore).filter((h) => h < free))].sort((a, b) => b - a);
  const steps = thresholds
    .map((h) => ({ hours: h, percent: customerRefundPercent(policy, h) }))
    // A threshold whose later neighbour gives the same refund adds nothing: "up to" the later one says it all.
    .filter((step, i, all) => step.percent > 0 && all[i + 1]?.percent !== step.percent);

  const sentences = [`Free cancellation up to ${hoursPhrase(free)} before the start.`];
  for (const step of steps) {
    sentences.push(
      step.hours === 0
        ? `${step.percent}% refund if cancelled before the start.`
        : `${step.percent}% refund up to ${hoursPhrase(step.hours)} before.`,
    );
  }
  const last = steps[steps.length - 1];
  sentences.push(last?.hours === 0 ? 'No cancellation after the start.' : 'No refund after that; no cancellation after the start.');
  return sentences.join(' ');
}
