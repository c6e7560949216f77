// The price of a booking, computed once at creation and stored as its snapshot (later price
// changes never touch it). All amounts are integer minor units of `currency`.
import { ValidationFailed } from '@/lib/errors';
import type { DepositType, ListingKind, PaymentMode, PricingUnit } from '@/lib/generated/prisma/enums';
import { billableDays, billableNights, billablePeriods } from './billable-periods';
import { discountLines, type LengthDiscount, type PromoTerms } from './discounts';
import type { Fee } from './listing-json';
import { MAX_AMOUNT, applyBps, assertMinorUnits, percentOf, sumMoney } from './money';

export type QuoteInput = {
  kind: ListingKind;
  pricingUnit: PricingUnit;
  /** Price per unit and period, seat, or fixed item; the session's override already applied. */
  unitPrice: number;
  currency: string;
  timeZone: string;
  startAt: Date;
  endAt: Date;
  /** Rental units, seats, or people. */
  quantity: number;
  fees: readonly Fee[];
  taxRateBps: number;
  depositType: DepositType;
  /** Percent (0..100) for PERCENT, minor units for FIXED. */
  depositValue: number;
  paymentMode: PaymentMode;
  discount?: { label: string; amount: number } | null;
  /** The listing's length discounts (weekly, monthly …), by billable days. */
  lengthDiscounts?: readonly LengthDiscount[];
  /** A promo code already checked as valid for this booking (lib/booking/promo-codes.ts). */
  promo?: PromoTerms | null;
};

export type LineItem = { code: string; label: string; quantity: number; unitAmount: number; amount: number };

export type PriceSnapshot = {
  currency: string;
  /** Base, fees, discount (negative) and tax: the amounts add up to `total`. */
  lineItems: LineItem[];
  subtotal: number;
  feesTotal: number;
  discountTotal: number;
  taxTotal: number;
  total: number;
  /** Due online now: total for ONLINE_FULL, the deposit for ONLINE_DEPOSIT, 0 for NONE and MANUAL. */
  depositDue: number;
  balanceDue: number;
  /** Periods per unit for timed pricing (hours, days ...); seats for SEAT; quantity for FIXED. */
  billableUnits: { unit: PricingUnit; count: number };
  timeZone: string;
  /** The promo code applied, as the customer typed it (upper case). */
  promoCode?: string;
};

const PERIOD_WORDS: Record<PricingUnit, [string, string]> = {
  HOUR: ['hour', 'hours'],
  DAY: ['day', 'days'],
  NIGHT: ['night', 'nights'],
  WEEK: ['week', 'weeks'],
  MONTH: ['month', 'months'],
  SEAT: ['seat', 'seats'],
  FIXED: ['item', 'items'],
};
const QUANTITY_WORDS: Record<ListingKind, [string, string]> = {
  RENTAL: ['unit', 'units'],
  SESSION: ['seat', 'seats'],
  APPOINTMENT: ['person', 'people'],
};
const plural = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

function validate(input: QuoteInput): void {
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] = [...(errors[field] ?? []), message]);
  if (!Number.isInteger(input.quantity) || input.quantity < 1) fail('quantity', 'Quantity must be a whole number of at least 1.');
  if (!Number.isSafeInteger(input.unitPrice) || input.unitPrice < 0) fail('unitPrice', 'Price must be a non-negative amount.');
  else if (input.unitPrice > MAX_AMOUNT) fail('unitPrice', 'Price is too large.');
  if (!(input.endAt.getTime() > input.startAt.getTime())) fail('endAt', 'The end must be after the start.');
  if (!Number.isInteger(input.taxRateBps) || input.taxRateBps < 0) fail('taxRateBps', 'Tax rate must be non-negative.');
  if (!Number.isSafeInteger(input.depositValue) || input.depositValue < 0) fail('depositValue', 'Deposit must be non-negative.');
  if (input.depositType === 'PERCENT' && input.depositValue > 100) fail('depositValue', 'A deposit percentage is at most 100.');
  if (input.discount && (!Number.isSafeInteger(input.discount.amount) || input.discount.amount < 0)) {
    fail('discount', 'Discount must be a non-negative amount.');
  }
  for (const fee of input.fees) if (!Number.isSafeInteger(fee.amount) || fee.amount < 0) fail('fees', `Fee ${fee.code} is invalid.`);
  if (Object.keys(errors).length > 0) throw new ValidationFailed('The price cannot be calculated.', errors);
}

/** A booking whose price would not fit the money columns: the customer's choice to change, not a crash. */
const tooLarge = () => new ValidationFailed('This booking comes to more than one booking can be charged. Choose a shorter time or fewer.', { quantity: ['Too large to price in one booking.'] });

/**
 * Quote a booking. Rules:
 * - timed pricing: unitPrice × periods × quantity (periods per billable-periods.ts);
 *   SEAT: unitPrice × seats (quantity); FIXED: unitPrice × quantity.
 * - fees: BOOKING once, UNIT × quantity, DAY × days × quantity (days = nights for NIGHT pricing,
 *   else billableDays; a 3-hour rental is 1 day).
 * - discounts (discounts.ts): the length discount, then a promo code, then any other, together
 *   capped at subtotal + fees; tax = taxRateBps of (subtotal + fees − discount),
 *   rounded half up (prices are tax-exclusive); total = subtotal + fees − discount + tax.
 * - deposit: PERCENT of total (half up) or FIXED capped at total.
 */
export function quoteBooking(input: QuoteInput): PriceSnapshot {
  validate(input);
  const { pricingUnit, unitPrice, quantity, startAt, endAt, timeZone } = input;

  const periods = billablePeriods(pricingUnit, startAt, endAt, timeZone);
  const baseQuantity = (periods ?? 1) * quantity;
  const baseLabel =
    periods === null
      ? plural(quantity, pricingUnit === 'SEAT' ? PERIOD_WORDS.SEAT : QUANTITY_WORDS[input.kind])
      : quantity === 1
        ? plural(periods, PERIOD_WORDS[pricingUnit])
        : `${plural(quantity, QUANTITY_WORDS[input.kind])} × ${plural(periods, PERIOD_WORDS[pricingUnit])}`;
  const base: LineItem = { code: 'BASE', label: baseLabel, quantity: baseQuantity, unitAmount: unitPrice, amount: unitPrice * baseQuantity };
  if (base.amount > MAX_AMOUNT) throw tooLarge();
  assertMinorUnits(base.amount, 'subtotal');

  const feeDays = pricingUnit === 'NIGHT' ? billableNights(startAt, endAt, timeZone) : billableDays(startAt, endAt, timeZone);
  const feeLines: LineItem[] = input.fees.map((fee) => {
    const times = fee.per === 'BOOKING' ? 1 : fee.per === 'UNIT' ? quantity : feeDays * quantity;
    return { code: fee.code, label: fee.label, quantity: times, unitAmount: fee.amount, amount: fee.amount * times };
  });

  const subtotal = base.amount;
  if (feeLines.some((l) => l.amount > MAX_AMOUNT)) throw tooLarge();
  const feesTotal = sumMoney(feeLines.map((l) => l.amount));
  const discounts = discountLines({
    base: subtotal,
    cap: subtotal + feesTotal,
    days: feeDays,
    tiers: periods === null ? [] : (input.lengthDiscounts ?? []),
    promo: input.promo ?? null,
    manual: input.discount,
  });
  const discountTotal = sumMoney(discounts.map((d) => d.amount));
  const taxable = subtotal + feesTotal - discountTotal;
  const taxTotal = applyBps(taxable, input.taxRateBps);
  const total = taxable + taxTotal;
  if (total > MAX_AMOUNT) throw tooLarge();

  const lineItems: LineItem[] = [base, ...feeLines];
  for (const d of discounts) lineItems.push({ code: d.code, label: d.label, quantity: 1, unitAmount: -d.amount, amount: -d.amount });
  if (input.taxRateBps > 0) {
    lineItems.push({ code: 'TAX', label: `Tax ${input.taxRateBps / 100}%`, quantity: 1, unitAmount: taxTotal, amount: taxTotal });
  }

  const deposit =
    input.depositType === 'PERCENT'
      ? percentOf(total, input.depositValue)
      : input.depositType === 'FIXED'
        ? Math.min(input.depositValue, total)
        : 0;
  const depositDue = input.paymentMode === 'ONLINE_FULL' ? total : input.paymentMode === 'ONLINE_DEPOSIT' ? deposit : 0;

  return {
    currency: input.currency,
    lineItems,
    subtotal,
    feesTotal,
    discountTotal,
    taxTotal,
    total,
    depositDue,
    balanceDue: total - depositDue,
    billableUnits: { unit: pricingUnit, count: periods ?? quantity },
    timeZone,
    ...(input.promo && discounts.some((d) => d.code === 'PROMO') ? { promoCode: input.promo.code } : {}),
  };
}
