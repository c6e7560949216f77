// The note a business sees next to a calendar when a sync imported it but left something out:
// which events were skipped and why, and which time zones were not recognised. Events are named
// by date and place in the file, never by title (the staff member's calendar may be private).
import type { BusyTimes } from './busy-times';
import { formatLocalDate } from '@/lib/format/date-time';

const MAX_LENGTH = 600;

const dayLabel = (date: string) => formatLocalDate(date, { day: 'numeric', month: 'short', year: 'numeric' });

/** A short note for the business, or null when the whole feed was imported as written. */
export function importWarning(result: Pick<BusyTimes, 'skipped' | 'unknownZones' | 'floatingZone'>): string | null {
  const parts: string[] = [];
  const { skipped, unknownZones } = result;
  if (skipped.length > 0) {
    const which = skipped.map((s) => `the event ${s.date ? `on ${dayLabel(s.date)}` : `at line ${s.line} of the file`} (${s.reason})`);
    parts.push(`${skipped.length} ${skipped.length === 1 ? 'event' : 'events'} skipped: ${which.join('; ')}.`);
  }
  if (unknownZones.length > 0) {
    const names = unknownZones.map((z) => `“${z}”`).join(', ');
    parts.push(`Unknown time ${unknownZones.length === 1 ? 'zone' : 'zones'} ${names}: those events were read as ${result.floatingZone} time.`);
  }
  if (parts.length === 0) return null;
  const text = parts.join(' ');
  return text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH - 1)}…`;
}
