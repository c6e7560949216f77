// Dates are always shown in the listing's (or vendor's) time zone, with the zone named.

export function formatRange(startAt: Date, endAt: Date, timeZone: string, locale = 'en-GB'): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
  const sameDay = date.format(startAt) === date.format(endAt);
  return sameDay
    ? `${date.format(startAt)}, ${time.format(startAt)}–${time.format(endAt)}`
    : `${date.format(startAt)} ${time.format(startAt)} – ${date.format(endAt)} ${time.format(endAt)}`;
}

export function zoneName(timeZone: string, at: Date, locale = 'en-GB'): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** A deadline as people read it: "Thu 3 Dec 2026, 14:30 GMT", in the listing's zone, zone named. */
export function formatDeadline(at: Date, timeZone: string, locale = 'en-GB'): string {
  const when = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
  return `${when.replace(' at ', ', ')} ${zoneName(timeZone, at, locale)}`;
}
