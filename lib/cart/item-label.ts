import type { PricingUnit } from '@/lib/generated/prisma/enums';
import { formatShortDay, formatTime, zoneName } from '@/lib/format/date-time';

const DAY_PRICED: readonly PricingUnit[] = ['DAY', 'NIGHT', 'WEEK', 'MONTH'];

/**
 * How a cart item is named in messages, in the listing's zone: "Sunset kayak tour on Sat 14 Mar,
 * 18:30 CET", or "Honda PCX 160 scooter from Sat 14 Mar" for day-priced rentals.
 */
export function cartItemLabel(item: { title: string; pricingUnit: PricingUnit; startAt: Date; timeZone: string }): string {
  const date = formatShortDay(item.startAt, item.timeZone);
  if (DAY_PRICED.includes(item.pricingUnit)) return `${item.title} from ${date}`;
  return `${item.title} on ${date}, ${formatTime(item.startAt, item.timeZone)} ${zoneName(item.timeZone, item.startAt)}`;
}
