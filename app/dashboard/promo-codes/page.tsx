import type { Metadata } from 'next';
import { ActionButton } from '@/components/dashboard/action-button';
import { PromoCodeForm } from '@/components/dashboard/promo-code-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { setPromoCodeActiveAction } from '@/lib/actions/business/promo-codes';
import { memberPage } from '@/lib/auth/current-actor';
import { listPromoCodes } from '@/lib/business/promo-codes';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatDateTime } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'Promo codes' };

export default async function PromoCodesPage() {
  const { actor, vendor } = await memberPage('/dashboard/promo-codes');
  if (actor.role !== 'OWNER') {
    return (
      <Card>
        <h1 className="text-2xl font-bold">Promo codes</h1>
        <p className="mt-2 text-sm text-slate-600">Only the owners of {vendor.name} can manage promo codes.</p>
      </Card>
    );
  }
  const [codes, { timeZone, currency }] = await Promise.all([
    listPromoCodes(prisma, actor),
    prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { timeZone: true, currency: true } }),
  ]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Promo codes</h1>
        <p className="text-sm text-slate-600">
          Customers type a code when they book or check out their cart; it comes off the price after any weekly or monthly discount. Length discounts are set on each listing.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <h2 className="font-semibold">Codes ({codes.length})</h2>
          {codes.length === 0 ? (
            <EmptyState title="No promo codes yet">Create one for a campaign or a loyal customer.</EmptyState>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100">
              {codes.map((code) => (
                <li key={code.id} aria-label={code.code} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div className="text-sm">
                    <p className="font-mono font-semibold">
                      {code.code} {code.active ? null : <span className="font-sans font-normal text-slate-500">(switched off)</span>}
                    </p>
                    <p className="text-slate-600">
                      {code.percentOff ? `${code.percentOff}% off` : `${formatMoney(code.amountOff ?? 0, currency)} off`} · used {code.uses}
                      {code.maxUses ? ` of ${code.maxUses}` : ''} time{code.uses === 1 ? '' : 's'}
                    </p>
                    <p className="text-slate-600">
                      {code.validFrom ? `From ${formatDateTime(code.validFrom, timeZone)}` : 'From now'}
                      {code.validUntil ? ` until ${formatDateTime(code.validUntil, timeZone)}` : ', no end date'}
                    </p>
                  </div>
                  <ActionButton action={setPromoCodeActiveAction} input={{ promoCodeId: code.id, active: !code.active }} variant={code.active ? 'danger' : 'secondary'}>
                    {code.active ? 'Switch off' : 'Switch on'}
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <h2 className="font-semibold">New code</h2>
          <div className="mt-3">
            <PromoCodeForm currency={currency} />
          </div>
        </Card>
      </div>
    </div>
  );
}
