// Money is an integer count of the currency's minor units (cents, satang; yen have none).
// Floats never hold money here: rates are basis points and every division rounds explicitly.

export type MinorUnits = number;

/** The most any one amount may be: PostgreSQL's Int (the money columns) stops at 2^31 − 1. */
export const MAX_AMOUNT: MinorUnits = 2_147_483_647;

export function assertMinorUnits(amount: number, what = 'amount'): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${what} must be an integer of minor units, got ${amount}`);
}

/**
 * amount × bps / 10 000, rounded half up to the minor unit (half away from zero for negatives,
 * so a refund and its charge round the same way). 1 bps = 0.01 %.
 */
export function applyBps(amount: MinorUnits, bps: number): MinorUnits {
  assertMinorUnits(amount);
  if (!Number.isInteger(bps)) throw new RangeError(`bps must be an integer, got ${bps}`);
  const product = Math.abs(amount) * Math.abs(bps);
  assertMinorUnits(product, 'amount × bps');
  const rounded = Math.floor((product + 5_000) / 10_000);
  const sign = Math.sign(amount) * Math.sign(bps);
  return sign < 0 ? -rounded : rounded;
}

/** `percent` % of amount (percent may have up to two decimals, e.g. 12.5), rounded half up. */
export function percentOf(amount: MinorUnits, percent: number): MinorUnits {
  const bps = Math.round(percent * 100);
  if (Math.abs(bps - percent * 100) > 1e-6) throw new RangeError(`percent has more than two decimals: ${percent}`);
  return applyBps(amount, bps);
}

export function sumMoney(amounts: readonly MinorUnits[]): MinorUnits {
  let total = 0;
  for (const amount of amounts) {
    assertMinorUnits(amount);
    total += amount;
  }
  assertMinorUnits(total, 'sum');
  return total;
}

/** Digits after the decimal point for a currency (JPY 0, EUR 2, KWD 3), as Intl knows them. */
export function currencyMinorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units → the decimal major amount, for display and for providers that want decimals. */
export function toMajorUnits(amount: MinorUnits, currency: string): number {
  return amount / 10 ** currencyMinorDigits(currency);
}

/** Major units (a form's "12.50") → minor units, rounded half up to the minor unit. */
export function toMinorUnits(major: number, currency: string): MinorUnits {
  const factor = 10 ** currencyMinorDigits(currency);
  // Round the scaled value to 6 decimals first so 1.005 × 100 = 100.49999… still rounds to 101.
  const scaled = Math.round(Math.abs(major) * factor * 1e6) / 1e6;
  const minor = Math.floor(scaled + 0.5);
  return major < 0 && minor !== 0 ? -minor : minor;
}

/** "฿1,250.00", "¥1,250", "€12.50" in the given locale, with the currency's own minor digits. */
export function formatMoney(amount: MinorUnits, currency: string, locale = 'en'): string {
  assertMinorUnits(amount);
  const digits = currencyMinorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}
