import { BERLIN_VTIMEZONE } from './ics-feeds';

/** Ten years of history and a busy future: 20,000 events, every 100th a weekly series with an override. */
export function bigFeed(events: number) {
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
