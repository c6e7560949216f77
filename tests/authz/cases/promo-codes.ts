import type { ActionCase } from '../matrix';

// Promo codes: owners create codes for their own business and switch only their own codes off.

const PROMO_CODES = 'lib/actions/business/promo-codes.ts';

export const cases: ActionCase[] = [
  {
    module: PROMO_CODES,
    action: 'createPromoCodeAction',
    allow: ['ownerA', 'ownerB'],
    input: async (w) => ({ code: `M-${w.unique()}`.toUpperCase(), kind: 'PERCENT', value: 10 }),
  },
  {
    module: PROMO_CODES,
    action: 'setPromoCodeActiveAction',
    allow: ['ownerA'],
    input: async (w) => {
      const code = await w.db.promoCode.create({ data: { vendorId: w.vendorA.id, code: `OFF-${w.unique()}`.toUpperCase(), percentOff: 5 } });
      return { promoCodeId: code.id, active: false };
    },
  },
];
