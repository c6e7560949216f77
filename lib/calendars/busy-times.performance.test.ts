import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE } from '@/tests/calendars/ics-feeds';
import { readBusyTimes } from './busy-times';
import { MAX_FEED_BYTES } from './fetch-feed';

/** Ten years of history and a busy future: 20,000 events, every 100th a weekly series with an override. */
function bigFeed(events: number) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', BERLIN_VTIMEZONE];
  for (let i = 0; i < events; i += 1) {
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(i / 5) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const hour = String(8 + (i % 5) * 2).padStart(2, '0');
    const when = i % 4 !== 1 ? `:${day}T${hour}0000Z` : `;TZID=Europe/Berlin:${day}T${hour}0000`;
    lines.push('BEGIN:VEVENT', `UID:e${i}@b`, `DTSTART${when}`, `DTEND${when.replace(`T${hour}00`, `T${hour}30`)}`);
    if (i % 100 === 0) lines.push('RRULE:FREQ=WEEKLY;COUNT=10');
    if (i % 100 === 1) lines.push(`RECURRENCE-ID${when}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

describe('reading a large feed', () => {
  it('reads 20,000 events (under the 2 MB fetch cap) in well under a second of work without holding the event loop', async () => {
    const text = bigFeed(20_000);
    expect(text.length).toBeLessThan(MAX_FEED_BYTES);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const result = await readBusyTimes(text, { from: new Date('2031-06-01T00:00:00Z'), to: new Date('2032-07-01T00:00:00Z'), zone: 'Europe/London' });
    const elapsed = performance.now() - started;
    delay.disable();
    const longestBlockMs = delay.max / 1e6;
    console.info(`20,000 events: ${Math.round(elapsed)} ms, longest event-loop block ${Math.round(longestBlockMs)} ms, ${result.intervals.length} busy times`);
    expect(result.intervals.length).toBeGreaterThan(1_000);
    // Measured here at a few hundred ms; the bounds leave room for a busy shared test machine.
    expect(elapsed).toBeLessThan(2_000);
    expect(longestBlockMs).toBeLessThan(150);
  });
});
