import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBusyTimes } from './busy-times';

// Real-world feeds (tests/calendars/corpus, sources in its README) against busy intervals computed
// by an independent implementation (python-icalendar + recurring-ical-events, see
// generate-expected.py), each read by a business east and one west of the feed's zone.
const corpus = path.resolve(import.meta.dirname, '../../tests/calendars/corpus');
type Feed = { file: string; from: string; to: string; zones: string[] };
const manifest = JSON.parse(readFileSync(path.join(corpus, 'manifest.json'), 'utf8')) as { feeds: Feed[] };
const expectedFor = (file: string) =>
  JSON.parse(readFileSync(path.join(corpus, 'expected', file.replace(/\.ics$/, '.json')), 'utf8')) as { busy: Record<string, Array<[string, string]>> };

describe('real-world feeds match an independent implementation', () => {
  it('has at least 15 feeds, each with expectations for every zone', () => {
    expect(manifest.feeds.length).toBeGreaterThanOrEqual(15);
    for (const feed of manifest.feeds) expect(Object.keys(expectedFor(feed.file).busy).sort(), feed.file).toEqual([...feed.zones].sort());
  });

  for (const feed of manifest.feeds) {
    for (const zone of feed.zones) {
      it(`${feed.file} for a business in ${zone}`, async () => {
        const text = readFileSync(path.join(corpus, 'feeds', feed.file), 'utf8');
        const result = await readBusyTimes(text, { from: new Date(feed.from), to: new Date(feed.to), zone });
        // Two events at the same time block it once: compare the distinct intervals.
        const busy = [...new Set(result.intervals.map((i) => `${i.startAt.toISOString()} ${i.endAt.toISOString()}`))].sort().map((s) => s.split(' '));
        expect(busy).toEqual(expectedFor(feed.file).busy[zone]);
        expect(result.skipped).toEqual([]);
      });
    }
  }
});
