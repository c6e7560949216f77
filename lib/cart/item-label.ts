import type { PricingUnit } from '@/lib/generated/prisma/enums';
import { zoneName } from '@/lib/format/date-time';

const DAY_PRICED: readonly PricingUnit[] = ['DAY', 'NIGHT', 'WEEK', 'MONTH'];

/**
 * How a cart item is named in messages, in the listing's zone: "Sunset kayak tour on Sat 14 Mar,
 * 18:30 CET", or "Honda PCX 160 scooter from Sat 14 Mar" for day-priced rentals.
 */
export function cartItemLabel(item: { title: string; pricingUnit: PricingUnit; startAt: Date; timeZone: string }, locale = 'en-GB'): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone: item.timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(item.startAt);
  if (DAY_PRICED.includes(item.pricingUnit)) return `${item.title} from ${date}`;
  const time = new Intl.DateTimeFormat(locale, { timeZone: item.timeZone, hour: '2-digit', minute: '2-digit' }).format(item.startAt);
  return `${item.title} on ${date}, ${time} ${zoneName(item.timeZone, item.startAt, locale)}`;
}
