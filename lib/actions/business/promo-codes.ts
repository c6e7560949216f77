'use server';

import { revalidatePath } from 'next/cache';
import { createPromoCodeSchema, setPromoCodeActiveSchema } from '@/lib/business/promo-code-schemas';
import { createPromoCode, setPromoCodeActive } from '@/lib/business/promo-codes';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { PROMO_CODES } from './paths';

// Promo codes are the owners' to manage (they set prices); customers type them at booking.

export const createPromoCodeAction = memberAction(
  createPromoCodeSchema,
  async (data, { actor }) => {
    const code = await createPromoCode(prisma, actor, data);
    return { id: code.id, code: code.code };
  },
  { ownerOnly: 'manage promo codes', after: () => revalidatePath(PROMO_CODES) },
);

export const setPromoCodeActiveAction = memberAction(
  setPromoCodeActiveSchema,
  async (data, { actor }) => {
    await setPromoCodeActive(prisma, actor, data.promoCodeId, data.active);
  },
  { ownerOnly: 'manage promo codes', after: () => revalidatePath(PROMO_CODES) },
);
