// Small iCalendar feeds for tests, written line by line as exporters write them.
export const ics = (...parts: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...parts, 'END:VCALENDAR'].join('\r\n');
export const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

/** Europe/Berlin as Google, Apple and Thunderbird write it. */
export const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:Europe/Berlin', 'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:19700329T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:19701025T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A VTIMEZONE as Outlook writes it: a Windows name and only today's rules (from 1601). */
export const outlookVtimezone = (tzid: string, standardOffset: string, daylightOffset: string, rules: { standard: string; daylight: string }) =>
  [
    'BEGIN:VTIMEZONE', `TZID:${tzid}`,
    'BEGIN:STANDARD', 'DTSTART:16010101T020000', `TZOFFSETFROM:${daylightOffset}`, `TZOFFSETTO:${standardOffset}`, `RRULE:${rules.standard}`, 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', `TZOFFSETFROM:${standardOffset}`, `TZOFFSETTO:${daylightOffset}`, `RRULE:${rules.daylight}`, 'END:DAYLIGHT',
    'END:VTIMEZONE',
  ].join('\r\n');

export const iso = (intervals: Array<{ uid: string; startAt: Date; endAt: Date }>) =>
  intervals.map((i) => ({ uid: i.uid, start: i.startAt.toISOString(), end: i.endAt.toISOString() }));
export const spans = (intervals: Array<{ startAt: Date; endAt: Date }>) => intervals.map((i) => `${i.startAt.toISOString()}/${i.endAt.toISOString()}`);
