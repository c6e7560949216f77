import { describe, expect, it } from 'vitest';
import { bigFeed } from '@/tests/calendars/big-feed';
import { readBusyTimes } from './busy-times';
import { MAX_FEED_BYTES } from './fetch-feed';

// How fast this goes is measured by bench/calendar-feed-bench.ts; here only that it is read whole.
describe('reading a large feed', () => {
  it('reads 20,000 events (under the 2 MB fetch cap), series and overrides included', { timeout: 60_000 }, async () => {
    const text = bigFeed(20_000);
    expect(text.length).toBeLessThan(MAX_FEED_BYTES);
    const result = await readBusyTimes(text, { from: new Date('2031-06-01T00:00:00Z'), to: new Date('2032-07-01T00:00:00Z'), zone: 'Europe/London' });
    expect(result.intervals.length).toBeGreaterThan(1_000);
  });
});
