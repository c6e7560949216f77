import { formatMoney } from '@/lib/domain/money';
import type { PriceSnapshot } from '@/lib/domain/quote';
import type { Booking } from '@/lib/generated/prisma/client';
import type { PaymentMode } from '@/lib/generated/prisma/enums';

type Props = {
  booking: Pick<Booking, 'priceSnapshot' | 'currency' | 'totalAmount' | 'depositAmount' | 'paidAmount' | 'refundedAmount' | 'status'>;
  paymentMode: PaymentMode;
};

function lineItems(snapshot: unknown): PriceSnapshot['lineItems'] {
  const items = (snapshot as Partial<PriceSnapshot> | null)?.lineItems;
  return Array.isArray(items) ? items.filter((i) => typeof i?.label === 'string' && Number.isSafeInteger(i?.amount)) : [];
}

/** The price as quoted when booking (the snapshot never changes), and what is paid and due. */
export function PriceBreakdown({ booking, paymentMode }: Props) {
  const props = { ...booking, paymentMode };
  const money = (amount: number) => formatMoney(amount, props.currency);
  const items = lineItems(props.priceSnapshot);
  const balance = Math.max(0, props.totalAmount - props.paidAmount);
  const active = !['CANCELLED', 'DECLINED', 'EXPIRED'].includes(props.status);
  const row = 'flex justify-between gap-4 py-1';
  return (
    <dl className="text-sm">
      {items.map((item, index) => (
        <div key={`${item.code}-${index}`} className={row}>
          <dt className="text-slate-700">
            {item.label}
            {item.quantity > 1 && item.unitAmount ? <span className="text-slate-500"> ({item.quantity} × {money(item.unitAmount)})</span> : null}
          </dt>
          <dd className="tabular-nums">{money(item.amount)}</dd>
        </div>
      ))}
      <div className={`${row} border-t border-slate-200 pt-2 font-semibold`}>
        <dt>Total</dt>
        <dd className="tabular-nums">{money(props.totalAmount)}</dd>
      </div>
      {props.paymentMode === 'ONLINE_DEPOSIT' && props.depositAmount > 0 ? (
        <div className={row}>
          <dt className="text-slate-700">Deposit (online)</dt>
          <dd className="tabular-nums">{money(props.depositAmount)}</dd>
        </div>
      ) : null}
      <div className={row}>
        <dt className="text-slate-700">Paid</dt>
        <dd className="tabular-nums">{money(props.paidAmount)}</dd>
      </div>
      {active && balance > 0 ? (
        <div className={row}>
          <dt className="text-slate-700">{props.paymentMode === 'NONE' || (props.paymentMode === 'ONLINE_DEPOSIT' && props.paidAmount >= props.depositAmount) ? 'Balance, due on site' : 'Balance'}</dt>
          <dd className="tabular-nums">{money(balance)}</dd>
        </div>
      ) : null}
      {props.refundedAmount > 0 ? (
        <div className={row}>
          <dt className="text-slate-700">Refunded</dt>
          <dd className="tabular-nums">{money(props.refundedAmount)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
