// Windows time zone names as Outlook and Exchange write them in TZID ("W. Europe Standard Time",
// "(UTC-05:00) Eastern Time (US & Canada)"), mapped to IANA zones: the zone IDs through CLDR's
// windowsZones data (the windows-iana package), the display names through a generated table
// (windows-zones/generate-display-names.mjs says where it comes from and how it is checked).
import { findIana } from 'windows-iana';
import { isValidTimeZone } from '@/lib/domain/time';
import displayNames from './windows-zones/display-names.json';

const normalise = (name: string) =>
  name
    .trim()
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\bUS and Canada\b/gi, 'US & Canada')
    .toLowerCase();

const byDisplayName = new Map(Object.entries(displayNames as Record<string, string>).map(([name, zone]) => [normalise(name), zone]));

/** The IANA zone for a Windows zone ID or display name, or undefined when the name is not one. */
export function ianaForWindowsZone(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '').replace(/\s+/g, ' ');
  // findIana lists the zone of CLDR's "001" territory (the zone's main city) first.
  const fromCldr = findIana(name)[0];
  if (fromCldr && isValidTimeZone(fromCldr)) return fromCldr;
  const fromDisplayName = byDisplayName.get(normalise(name));
  return fromDisplayName && isValidTimeZone(fromDisplayName) ? fromDisplayName : undefined;
}
