import type { CartTotal } from '@/lib/cart/get-cart';
import { formatMoney } from '@/lib/domain/money';

/** Grand totals, one per currency, and what is due online now. */
export function CartTotals({ totals }: { totals: CartTotal[] }) {
  return (
    <div className="space-y-3 text-sm">
      {totals.map((t) => (
        <dl key={t.currency} className="space-y-1">
          <div className="flex items-baseline justify-between gap-4">
            <dt className="font-semibold">Total{totals.length > 1 ? ` in ${t.currency}` : ''}</dt>
            <dd className="text-lg font-bold tabular-nums">{formatMoney(t.total, t.currency)}</dd>
          </div>
          <div className="flex items-baseline justify-between gap-4 text-slate-600">
            <dt>Due online now</dt>
            <dd className="tabular-nums">{formatMoney(t.dueNow, t.currency)}</dd>
          </div>
        </dl>
      ))}
    </div>
  );
}
