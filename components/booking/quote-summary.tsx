import type { PriceSnapshot } from '@/lib/domain/quote';
import { formatMoney } from '@/lib/domain/money';

/** Line items, total, and what is due now versus later. */
export function QuoteSummary({ quote }: { quote: PriceSnapshot }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  return (
    <div className="space-y-2 text-sm" aria-label="Price">
      <ul className="space-y-1">
        {quote.lineItems.map((item) => (
          <li key={item.code + item.label} className="flex justify-between gap-3">
            <span className="text-slate-600">{item.label}</span>
            <span className="tabular-nums">{money(item.amount)}</span>
          </li>
        ))}
      </ul>
      <p className="flex justify-between border-t border-slate-200 pt-2 font-semibold">
        <span>Total</span>
        <span className="tabular-nums" data-testid="quote-total">
          {money(quote.total)}
        </span>
      </p>
      {quote.depositDue > 0 ? (
        <p className="flex justify-between text-slate-700">
          <span>Pay now</span>
          <span className="tabular-nums">{money(quote.depositDue)}</span>
        </p>
      ) : null}
      {quote.balanceDue > 0 ? (
        <p className="flex justify-between text-slate-700">
          <span>{quote.depositDue > 0 ? 'Balance later' : 'Pay later'}</span>
          <span className="tabular-nums">{money(quote.balanceDue)}</span>
        </p>
      ) : null}
    </div>
  );
}
