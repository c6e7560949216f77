// Regenerates display-names.json: Windows time zone *display names* ("(UTC-05:00) Eastern Time
// (US & Canada)"), which Outlook and Exchange sometimes write as TZID, mapped to IANA zones.
// CLDR's windowsZones.xml (used through the windows-iana package) only knows the zone IDs
// ("Eastern Standard Time"); the display names come from node-ical's windowsZones.json
// (Apache-2.0, https://github.com/jens-maus/node-ical). Each entry is kept only if the IANA
// zone's standard offset today equals the "(UTC±hh:mm)" of its name, so a stale name is dropped
// rather than trusted.
//
//   cd "$(mktemp -d)" && npm pack node-ical@0.27.2 && tar xzf node-ical-0.27.2.tgz
//   node lib/calendars/windows-zones/generate-display-names.mjs "$OLDPWD/package/windowsZones.json"
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) throw new Error('usage: generate-display-names.mjs path/to/node-ical/windowsZones.json');
const table = JSON.parse(readFileSync(source, 'utf8'));

/** Minutes east of UTC that a zone keeps in winter and summer of the current year; the smaller is its standard offset. */
function standardOffsetMinutes(zone) {
  const year = new Date().getUTCFullYear();
  const offsets = [0, 6].map((month) => {
    const at = new Date(Date.UTC(year, month, 1));
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName').value;
    const match = /GMT(?:([+-])(\d\d):(\d\d))?/.exec(part);
    return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  });
  return Math.min(...offsets);
}

const kept = {};
const dropped = [];
for (const [name, { iana }] of Object.entries(table)) {
  const match = /^\((?:UTC|GMT)(?:([+-])(\d\d):(\d\d))?\)/.exec(name);
  if (!match) continue; // a zone ID, not a display name: CLDR (windows-iana) covers those
  const declared = match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  const zone = iana[0];
  let ok = false;
  try {
    ok = standardOffsetMinutes(zone) === declared;
  } catch {
    ok = false;
  }
  if (ok) kept[name] = zone;
  else dropped.push(`${name} -> ${zone}`);
}
const out = new URL('./display-names.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b))), null, 1)}\n`);
console.log(`kept ${Object.keys(kept).length}, dropped ${dropped.length} whose offset no longer matches:\n  ${dropped.join('\n  ')}`);
