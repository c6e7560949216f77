import type { ListingKind, PricingUnit } from '@/lib/generated/prisma/enums';
import { formatMoney } from '@/lib/domain/money';

const perUnit: Record<PricingUnit, string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  NIGHT: 'per night',
  WEEK: 'per week',
  MONTH: 'per month',
  SEAT: 'per person',
  FIXED: '',
};

export function priceLabel(amount: number, currency: string, unit: PricingUnit): string {
  return `${formatMoney(amount, currency)}${perUnit[unit] ? ` ${perUnit[unit]}` : ''}`;
}

export const kindLabel: Record<ListingKind, string> = { RENTAL: 'Rental', SESSION: 'Tour / class', APPOINTMENT: 'Appointment' };
