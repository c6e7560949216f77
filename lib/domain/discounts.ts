// Discounts a quote applies: the listing's length discount (weekly, monthly …: the largest tier
// the booking's days reach) and a business's promo code. Pure; quote.ts turns them into line items.
import { z } from 'zod';
import { percentOf } from './money';

export const lengthDiscountSchema = z.object({
  minDays: z.number().int().min(2, 'A length discount starts at 2 days or more').max(366),
  percent: z.number().int().min(1).max(90, 'At most 90% off'),
});

export const lengthDiscountsSchema = z
  .array(lengthDiscountSchema)
  .max(6)
  .refine((tiers) => new Set(tiers.map((t) => t.minDays)).size === tiers.length, { message: 'Each length discount needs its own number of days' });

export type LengthDiscount = z.infer<typeof lengthDiscountSchema>;

/** What a promo code takes off: a percentage of the price after any length discount, or a fixed amount. */
export type PromoTerms = { code: string; percentOff: number | null; amountOff: number | null };

export type DiscountLine = { code: 'LENGTH_DISCOUNT' | 'PROMO' | 'DISCOUNT'; label: string; amount: number };

/** The tier that applies to a booking of `days` days: the one with the most days not above it. */
export function lengthDiscountFor(tiers: readonly LengthDiscount[], days: number): LengthDiscount | null {
  let best: LengthDiscount | null = null;
  for (const tier of tiers) if (tier.minDays <= days && (!best || tier.minDays > best.minDays)) best = tier;
  return best;
}

const tierName = (minDays: number) => (minDays >= 28 ? 'Monthly' : minDays >= 7 ? 'Weekly' : `${minDays}+ day`);

/**
 * The discounts on a base price of `base` for `days` days, in the order they apply, each capped
 * by what is left of `cap` (the price before discounts) so the total never goes below zero.
 */
export function discountLines(input: { base: number; cap: number; days: number; tiers: readonly LengthDiscount[]; promo: PromoTerms | null; manual?: { label: string; amount: number } | null }): DiscountLine[] {
  const lines: DiscountLine[] = [];
  let left = input.cap;
  const push = (code: DiscountLine['code'], label: string, wanted: number) => {
    const amount = Math.min(wanted, left);
    if (amount <= 0) return;
    left -= amount;
    lines.push({ code, label, amount });
  };
  const tier = lengthDiscountFor(input.tiers, input.days);
  const lengthAmount = tier ? percentOf(input.base, tier.percent) : 0;
  if (tier) push('LENGTH_DISCOUNT', `${tierName(tier.minDays)} rate (${tier.minDays}+ days) −${tier.percent}%`, lengthAmount);
  if (input.promo) {
    const { code, percentOff, amountOff } = input.promo;
    if (percentOff) push('PROMO', `Promo code ${code} −${percentOff}%`, percentOf(Math.max(0, input.base - lengthAmount), percentOff));
    else if (amountOff) push('PROMO', `Promo code ${code}`, amountOff);
  }
  if (input.manual) push('DISCOUNT', input.manual.label, input.manual.amount);
  return lines;
}
