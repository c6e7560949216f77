// How long a (account, address) pair waits after failed sign-ins in a row: a few typos cost nothing,
// then each failure doubles the wait, up to an hour. A person is slowed a little; a guesser gets
// about 30 tries a day per address instead of thousands.

/** Failures in a row that cost no wait. */
export const FREE_FAILURES = 5;
/** The longest wait, in seconds. */
export const MAX_WAIT_SECONDS = 60 * 60;

/** Seconds to wait after the last of `failures` failed sign-ins in a row before the next try. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_SECONDS, 60 * 2 ** (failures - FREE_FAILURES));
}
