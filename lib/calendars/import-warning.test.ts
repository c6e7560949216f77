import { describe, expect, it } from 'vitest';
import { importWarning } from './import-warning';

describe('the note a business sees after a sync that left something out', () => {
  it('is empty when everything was imported', () => {
    expect(importWarning({ skipped: [], unknownZones: [], floatingZone: 'Europe/London' })).toBeNull();
  });

  it('names skipped events by date (or line) and reason, and unknown time zones', () => {
    const note = importWarning({
      skipped: [
        { line: 9, date: '2031-01-16', reason: 'its repeat rule (RRULE) cannot be read' },
        { line: 14, reason: 'it has no start time (DTSTART)' },
      ],
      unknownZones: ['Somewhere Odd'],
      floatingZone: 'Europe/London',
    });
    expect(note).toBe(
      '2 events skipped: the event on 16 Jan 2031 (its repeat rule (RRULE) cannot be read); the event at line 14 of the file (it has no start time (DTSTART)). ' +
        'Unknown time zone “Somewhere Odd”: those events were read as Europe/London time.',
    );
  });

  it('stays short when many events are skipped', () => {
    const skipped = Array.from({ length: 200 }, (_, i) => ({ line: i + 1, reason: 'one of its lines is not valid iCalendar' }));
    const note = importWarning({ skipped, unknownZones: [], floatingZone: 'UTC' })!;
    expect(note.startsWith('200 events skipped: the event at line 1 of the file')).toBe(true);
    expect(note.length).toBeLessThanOrEqual(600);
  });
});
