// After a business approves a request, the guest needs time to pay: the window the business set
// (default 24 h), never shorter than the listing's usual payment hold and never past the start.

export type PayWindowPolicy = { payWindowHours: number; holdMinutes: number };

/** When an approved request stops being held if it is not paid. */
export function payDeadlineAfterApproval(now: Date, startAt: Date, policy: PayWindowPolicy): Date {
  const windowMs = Math.max(policy.payWindowHours * 3_600_000, policy.holdMinutes * 60_000);
  return new Date(Math.min(now.getTime() + windowMs, startAt.getTime()));
}

/**
 * The deadline in words, e.g. "by Thu 24 Dec 2026, 10:00 GMT (within 24 hours of approval)".
 * `formatted` is the deadline already written in the listing's zone.
 */
export function payWindowSentence(approvedAt: Date, deadline: Date, startAt: Date, formatted: string): string {
  const hours = Math.round((deadline.getTime() - approvedAt.getTime()) / 3_600_000);
  const why = deadline.getTime() >= startAt.getTime() ? 'when the booking starts' : hours >= 1 ? `${hours} hour${hours === 1 ? '' : 's'} after the business approved it` : 'shortly after approval';
  return `Pay by ${formatted} (${why}); if it is not paid by then, the time is released.`;
}
