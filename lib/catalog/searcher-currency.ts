// The currency a searcher most likely thinks in, from their browser's language region
// ("en-AU" → AUD). Only a default for the price filter: the form lets them choose another.

const BY_REGION: Record<string, string> = {
  GB: 'GBP', US: 'USD', AU: 'AUD', NZ: 'NZD', CA: 'CAD', TH: 'THB', CH: 'CHF', JP: 'JPY', SG: 'SGD', IN: 'INR',
  SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', ZA: 'ZAR', BR: 'BRL', MX: 'MXN', ID: 'IDR', MY: 'MYR', VN: 'VND',
};

export function searcherCurrency(acceptLanguage: string | null | undefined, fallback = 'EUR'): string {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const region = /^[a-z]{2,3}-([A-Z]{2})\b/i.exec(part.trim())?.[1]?.toUpperCase();
    if (region) return BY_REGION[region] ?? fallback;
  }
  return fallback;
}
