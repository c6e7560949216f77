// When a failed webhook delivery is tried again, and when an endpoint that keeps failing is
// switched off. Pure: the worker passes the clock.

/** Wait before attempt 2, 3 … 10: about 3 days from the first attempt to the last. */
export const RETRY_DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000, 10 * 3_600_000, 14 * 3_600_000, 20 * 3_600_000, 24 * 3_600_000] as const;

export const MAX_WEBHOOK_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** An endpoint whose every attempt failed for this long is disabled (and its owner told). */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3_600_000;

/** When to try again after `attempts` failed attempts, or null when there is no attempt left. */
export function nextAttemptAt(attempts: number, failedAt: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}

/** Whether an endpoint failing since `failingSince` (null: it is not failing) is disabled at `now`. */
export function shouldDisable(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS;
}
