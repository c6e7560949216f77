import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import type { MemberActor } from '@/lib/domain/actor';
import { toMinorUnits } from '@/lib/domain/money';
import { addDays, startOfLocalDay } from '@/lib/domain/time';
import { Conflict, NotFound } from '@/lib/errors';
import { parseInput } from '@/lib/booking/parse';
import { promoUsesOf } from '@/lib/booking/promo-codes';
import { createPromoCodeSchema, type CreatePromoCodeValues } from './promo-code-schemas';
import { requireOwner } from './ownership';

// A business's promo codes: owners create them (percent or amount off, valid between two days in
// the business's zone, an optional cap on uses), see how often each was used, and switch them off.

export async function createPromoCode(db: Db, actor: MemberActor, values: CreatePromoCodeValues) {
  requireOwner(actor, 'manage promo codes');
  const input = parseInput(createPromoCodeSchema, values);
  const vendor = await db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { timeZone: true, currency: true } });
  try {
    return await db.promoCode.create({
      data: {
        vendorId: actor.vendorId,
        code: input.code,
        percentOff: input.kind === 'PERCENT' ? input.value : null,
        amountOff: input.kind === 'AMOUNT' ? toMinorUnits(input.value, vendor.currency) : null,
        validFrom: input.validFrom ? startOfLocalDay(input.validFrom, vendor.timeZone) : null,
        // The last day counts whole: valid until the next local midnight.
        validUntil: input.validUntil ? startOfLocalDay(addDays(input.validUntil, 1), vendor.timeZone) : null,
        maxUses: input.maxUses ?? null,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(`You already have the code ${input.code}.`);
    throw error;
  }
}

export async function listPromoCodes(db: Db, actor: MemberActor) {
  requireOwner(actor, 'manage promo codes');
  const codes = await db.promoCode.findMany({ where: { vendorId: actor.vendorId }, orderBy: [{ active: 'desc' }, { createdAt: 'desc' }] });
  const uses = await promoUsesOf(db, codes.map((code) => code.id));
  return codes.map((code) => ({ ...code, uses: uses.get(code.id) ?? 0 }));
}

/** Switches a code off (or on again); bookings already made keep their discount. */
export async function setPromoCodeActive(db: Db, actor: MemberActor, promoCodeId: string, active: boolean) {
  requireOwner(actor, 'manage promo codes');
  const { count } = await db.promoCode.updateMany({ where: { id: promoCodeId, vendorId: actor.vendorId }, data: { active } });
  if (count === 0) throw new NotFound('Promo code not found.');
}
