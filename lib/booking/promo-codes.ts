import 'server-only';
import type { DbOrTx, Tx } from '@/lib/db/prisma';
import type { PromoTerms } from '@/lib/domain/discounts';
import { ValidationFailed } from '@/lib/errors';
import type { PromoCode } from '@/lib/generated/prisma/client';

// Promo codes as bookings use them. A use is a booking with the code that did not lapse or get
// declined; the cap is checked with the code's row locked, so parallel bookings queue on it and
// the last free use goes to exactly one of them.

const invalid = (message: string) => new ValidationFailed(message, { promoCode: [message] });

/** Statuses in which a booking no longer uses its promo code (the hold lapsed or was declined). */
const RELEASED = ['EXPIRED', 'DECLINED'] as const;

export const normalizePromoCode = (code: string) => code.trim().toUpperCase();

function check(promo: Pick<PromoCode, 'active' | 'validFrom' | 'validUntil'> | null, now: Date): void {
  if (!promo || !promo.active) throw invalid('This promo code is not valid for this business.');
  if (promo.validFrom && now < promo.validFrom) throw invalid('This promo code is not valid yet.');
  if (promo.validUntil && now >= promo.validUntil) throw invalid('This promo code has expired.');
}

const termsOf = (promo: PromoCode): PromoTerms => ({ code: promo.code, percentOff: promo.percentOff, amountOff: promo.amountOff });

export async function promoUses(db: DbOrTx, promoCodeId: string): Promise<number> {
  return db.booking.count({ where: { promoCodeId, status: { notIn: [...RELEASED] } } });
}

/** The same for several codes in one query (a business's list of codes). */
export async function promoUsesOf(db: DbOrTx, promoCodeIds: string[]): Promise<Map<string, number>> {
  const rows = await db.booking.groupBy({ by: ['promoCodeId'], where: { promoCodeId: { in: promoCodeIds }, status: { notIn: [...RELEASED] } }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.promoCodeId!, row._count._all]));
}

/** The code's terms for a quote (no use taken): throws ValidationFailed on `promoCode` when it does not apply. */
export async function lookUpPromoCode(db: DbOrTx, vendorId: string, code: string, now: Date): Promise<PromoTerms> {
  const promo = await db.promoCode.findUnique({ where: { vendorId_code: { vendorId, code: normalizePromoCode(code) } } });
  check(promo, now);
  if (promo!.maxUses !== null && (await promoUses(db, promo!.id)) >= promo!.maxUses) throw invalid('This promo code has been used up.');
  return termsOf(promo!);
}

/** Takes one use of the code inside the booking's transaction: the row lock holds until it commits. */
export async function claimPromoCode(tx: Tx, vendorId: string, code: string, now: Date): Promise<{ id: string; terms: PromoTerms }> {
  const rows = await tx.$queryRaw<PromoCode[]>`
    SELECT * FROM "PromoCode" WHERE "vendorId" = ${vendorId}::uuid AND "code" = ${normalizePromoCode(code)} FOR UPDATE`;
  const promo = rows[0] ?? null;
  check(promo, now);
  if (promo!.maxUses !== null && (await promoUses(tx, promo!.id)) >= promo!.maxUses) throw invalid('This promo code has been used up.');
  return { id: promo!.id, terms: termsOf(promo!) };
}
