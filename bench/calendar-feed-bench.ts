// How long reading a large calendar feed takes, and how long it holds the event loop:
// npm run bench:calendar-feed. 20,000 events, under the 2 MB fetch cap.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readBusyTimes } from '../lib/calendars/busy-times';
import { bigFeed } from '../tests/calendars/big-feed';

const RUNS = 5;
const text = bigFeed(20_000);
const timings: number[] = [];
let longestBlockMs = 0;
let intervals = 0;
for (let run = 0; run < RUNS; run += 1) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const result = await readBusyTimes(text, { from: new Date('2031-06-01T00:00:00Z'), to: new Date('2032-07-01T00:00:00Z'), zone: 'Europe/London' });
  timings.push(performance.now() - started);
  delay.disable();
  longestBlockMs = Math.max(longestBlockMs, delay.max / 1e6);
  intervals = result.intervals.length;
}
timings.sort((a, b) => a - b);
console.log(`feed: 20,000 events, ${(text.length / 1e6).toFixed(2)} MB, ${intervals} busy times in the window`);
console.log(`read time over ${RUNS} runs: min ${Math.round(timings[0]!)} ms, median ${Math.round(timings[Math.floor(RUNS / 2)]!)} ms, max ${Math.round(timings[RUNS - 1]!)} ms`);
console.log(`longest event-loop block: ${Math.round(longestBlockMs)} ms`);
