// Every date and time the app shows is formatted here. Instants are shown in the listing's (or
// business's) time zone, with the zone named where a reader could mistake it; local calendar dates
// ('YYYY-MM-DD') are formatted as dates, never shifted by a zone.

const LOCALE = 'en-GB';
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and are reused (one per locale, zone and style). */
function formatter(options: Intl.DateTimeFormatOptions, locale = LOCALE): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

const DATE = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const TIME = { hour: '2-digit', minute: '2-digit' } as const;

/** "Mon, 6 Jan 2031, 10:00–12:00", or both ends in full when the range spans days. */
export function formatRange(startAt: Date, endAt: Date, timeZone: string, locale = LOCALE): string {
  const date = formatter({ timeZone, weekday: 'short', ...DATE }, locale);
  const time = formatter({ timeZone, ...TIME }, locale);
  const sameDay = date.format(startAt) === date.format(endAt);
  return sameDay
    ? `${date.format(startAt)}, ${time.format(startAt)}–${time.format(endAt)}`
    : `${date.format(startAt)} ${time.format(startAt)} – ${date.format(endAt)} ${time.format(endAt)}`;
}

/** The zone's short name at that instant ("GMT", "BST", "GMT+7"). */
export function zoneName(timeZone: string, at: Date, locale = LOCALE): string {
  const parts = formatter({ timeZone, timeZoneName: 'short' }, locale).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** A deadline as people read it: "Thu, 3 Dec 2026, 14:30 GMT", in the listing's zone, zone named. */
export function formatDeadline(at: Date, timeZone: string, locale = LOCALE): string {
  return `${formatter({ timeZone, weekday: 'short', ...DATE, ...TIME }, locale).format(at)} ${zoneName(timeZone, at, locale)}`;
}

/** "6 Jan 2031, 10:00", with " GMT" appended when `withZone` is set. */
export function formatDateTime(at: Date, timeZone: string, { withZone = false } = {}): string {
  return formatter({ timeZone, ...DATE, ...TIME, ...(withZone ? { timeZoneName: 'short' } : {}) }).format(at);
}

/** "Mon 6 Jan, 10:00": a day and time within the coming months, where the year goes without saying. */
export function formatDayAndTime(at: Date, timeZone: string): string {
  return formatter({ timeZone, weekday: 'short', day: 'numeric', month: 'short', ...TIME }).format(at);
}

/** "Mon 6 Jan": a day within the coming months. */
export function formatShortDay(at: Date, timeZone: string): string {
  return formatter({ timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

/** "10:00" on the 24-hour clock. */
export function formatTime(at: Date, timeZone: string): string {
  return formatter({ timeZone, ...TIME }).format(at);
}

/** An instant in UTC to the second, for audit trails and logs ("6 Jan 2031, 08:00:00 UTC"). */
export function formatUtcInstant(at: Date): string {
  return `${formatter({ timeZone: 'UTC', ...DATE, ...TIME, second: '2-digit' }).format(at)} UTC`;
}

/** A local calendar date ('YYYY-MM-DD') in words, e.g. { weekday: 'long', day: 'numeric', month: 'long' }. */
export function formatLocalDate(date: string, options: Intl.DateTimeFormatOptions, locale = LOCALE): string {
  return formatter({ ...options, timeZone: 'UTC' }, locale).format(new Date(`${date}T00:00:00Z`));
}

/** A month ('YYYY-MM') in words: "January 2031". */
export function formatMonth(month: string): string {
  return formatLocalDate(`${month}-01`, { month: 'long', year: 'numeric' });
}

/** The zone's offset from UTC at that instant, in minutes (east positive). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = formatter({ timeZone, timeZoneName: 'longOffset' }, 'en-US').formatToParts(at);
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
}

/** The zone this runtime (in a component: the viewer's browser) is set to. */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether the runtime's time-zone data knows this zone name (aliases such as UTC included). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter({ timeZone: zone }, 'en');
    return true;
  } catch {
    return false;
  }
}
