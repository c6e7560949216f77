import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_FAILURES, MAX_WAIT_SECONDS, waitAfterFailures } from './sign-in-waits';

describe('waitAfterFailures', () => {
  it('lets a few typos through, then waits 1, 2, 4 … minutes, at most an hour', () => {
    expect([0, 1, 4].map(waitAfterFailures)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfterFailures)).toEqual([60, 120, 240, 480]);
    expect(waitAfterFailures(11)).toBe(MAX_WAIT_SECONDS);
    expect(waitAfterFailures(1000)).toBe(MAX_WAIT_SECONDS);
  });

  it('never shrinks as failures grow', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), (n) => waitAfterFailures(n + 1) >= waitAfterFailures(n) && waitAfterFailures(n) <= MAX_WAIT_SECONDS));
    expect(waitAfterFailures(FREE_FAILURES)).toBeGreaterThan(0);
  });
});
