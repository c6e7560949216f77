import { formatMoney } from '@/lib/domain/money';
import { prisma } from '@/lib/db/prisma';
import { bookingPayments } from '@/lib/payments/payment-status';
import { formatDateTime } from '@/lib/format/date-time';

const PROVIDER_WORDS = { STRIPE: 'card (Stripe)', TEST: 'test payment', MANUAL: 'bank transfer or cash' } as const;

/**
 * Receipts: every payment and refund of a booking, with the provider's reference (an async server
 * component that loads its own rows). Totals and the balance due on site stay in PriceBreakdown.
 */
export async function BookingPayments({ bookingId, currency, timeZone, audience }: { bookingId: string; currency: string; timeZone: string; audience: 'customer' | 'business' }) {
  const rows = await bookingPayments(prisma, bookingId, audience);
  if (rows.length === 0) return <p className="text-sm text-slate-600">No payments yet.</p>;
  const money = (amount: number) => formatMoney(amount, currency);
  const when = (at: Date) => formatDateTime(at, timeZone);
  return (
    <ul className="divide-y divide-slate-100 text-sm" data-testid="booking-payments">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{row.kind === 'CHARGE' ? 'Payment' : row.status === 'PENDING' ? 'Refund in progress' : 'Refund'}</span>{' '}
            <span className="text-slate-600">
              by {PROVIDER_WORDS[row.provider]}, {when(row.createdAt)}
              {row.kind === 'REFUND' && row.customerMessage ? ` — ${row.customerMessage}` : ''}
            </span>
            {row.internalNote ? <span className="block text-xs text-slate-500">Internal note: {row.internalNote}</span> : null}
            {row.providerRef && row.status === 'SUCCEEDED' ? <span className="block text-xs text-slate-500">Receipt ref. {row.providerRef}</span> : null}
          </span>
          <span className={`font-semibold tabular-nums ${row.kind === 'REFUND' ? 'text-emerald-700' : ''}`}>
            {row.kind === 'REFUND' ? `−${money(row.amount)}` : money(row.amount)}
          </span>
        </li>
      ))}
    </ul>
  );
}
