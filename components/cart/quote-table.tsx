import { formatMoney } from '@/lib/domain/money';
import type { PriceSnapshot } from '@/lib/domain/quote';

/** An item's price: its line items, total, and what is due online now. */
export function QuoteTable({ quote, caption }: { quote: PriceSnapshot; caption: string }) {
  const money = (amount: number) => formatMoney(amount, quote.currency);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <tbody className="text-slate-700">
        {quote.lineItems.map((line, index) => (
          <tr key={`${line.code}-${index}`}>
            <th scope="row" className="py-0.5 text-left font-normal">
              {line.label}
            </th>
            <td className="py-0.5 text-right tabular-nums">{money(line.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-200">
          <th scope="row" className="pt-1 text-left font-semibold">
            Total
          </th>
          <td className="pt-1 text-right font-semibold tabular-nums">{money(quote.total)}</td>
        </tr>
        {quote.depositDue > 0 && quote.depositDue !== quote.total ? (
          <tr className="text-slate-600">
            <th scope="row" className="text-left font-normal">
              Due online now
            </th>
            <td className="text-right tabular-nums">{money(quote.depositDue)}</td>
          </tr>
        ) : null}
      </tfoot>
    </table>
  );
}
