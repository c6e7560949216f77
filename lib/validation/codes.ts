// Time zones, currencies and countries as the runtime's Intl data knows them: what forms offer and
// what validation accepts come from the same lists. Client-safe.
import { isKnownTimeZone } from '@/lib/format/date-time';

/** A valid IANA time zone (aliases such as UTC included), as the runtime's time-zone data knows it. */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false; // names only, no "+01:00" offsets
  return isKnownTimeZone(zone);
}

/** ISO 4217 codes the runtime knows (Intl), so prices can be formatted in them. */
export function currencyCodes(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
}

export function isCurrency(code: string): boolean {
  const known = currencyCodes();
  return /^[A-Z]{3}$/.test(code) && (known.length === 0 || known.includes(code));
}

// Region codes Intl can name that are not ISO 3166-1 countries (groupings, pseudo-locales, retired codes).
const NOT_COUNTRIES = new Set(['AC', 'AN', 'BU', 'CP', 'CS', 'DD', 'DG', 'EA', 'EU', 'EZ', 'FX', 'IC', 'NT', 'QO', 'SU', 'TA', 'TP', 'UK', 'UN', 'XA', 'XB', 'YD', 'YU', 'ZR', 'ZZ']);

let countryList: Array<{ code: string; name: string }> | undefined;

/** ISO 3166-1 alpha-2 countries with their English names, sorted by name. */
export function countries(): Array<{ code: string; name: string }> {
  if (countryList) return countryList;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const list: Array<{ code: string; name: string }> = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name) list.push({ code, name });
    }
  }
  countryList = list.sort((x, y) => x.name.localeCompare(y.name));
  return countryList;
}
