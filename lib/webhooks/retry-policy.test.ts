import { describe, expect, it } from 'vitest';
import { DISABLE_AFTER_FAILING_MS, MAX_WEBHOOK_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_MS, shouldDisable } from './retry-policy';

const T = new Date('2031-01-06T08:00:00Z');
const later = (ms: number) => new Date(T.getTime() + ms);

describe('webhook retry policy', () => {
  it('retries after 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h, then stops', () => {
    const delays = Array.from({ length: MAX_WEBHOOK_ATTEMPTS - 1 }, (_, i) => nextAttemptAt(i + 1, T)!.getTime() - T.getTime());
    expect(delays).toEqual([5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000]);
    expect(nextAttemptAt(MAX_WEBHOOK_ATTEMPTS, T)).toBeNull();
  });

  it('spreads the attempts over at least three days', () => {
    const total = RETRY_DELAYS_MS.reduce((sum, d) => sum + d, 0);
    expect(total).toBeGreaterThanOrEqual(3 * 24 * 3_600_000);
  });

  it('disables an endpoint only after five days of failing without a success', () => {
    expect(shouldDisable(null, later(30 * 24 * 3_600_000))).toBe(false);
    expect(shouldDisable(T, later(DISABLE_AFTER_FAILING_MS - 1))).toBe(false);
    expect(shouldDisable(T, later(DISABLE_AFTER_FAILING_MS))).toBe(true);
  });
});
