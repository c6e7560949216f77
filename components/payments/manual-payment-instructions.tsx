import type { ManualPaymentTerms } from '@/lib/domain/manual-payment';
import { formatMoney } from '@/lib/domain/money';
import { formatDeadline, zoneName } from '@/lib/format/date-time';

/** How to pay a bank transfer: the business's details, the reference to quote, the amount and the deadline. */
export function ManualPaymentInstructions({ terms, currency, timeZone, vendorName }: { terms: ManualPaymentTerms; currency: string; timeZone: string; vendorName: string }) {
  return (
    <section aria-labelledby="manual-payment-heading" className="space-y-3 rounded-xl border border-orange-200 bg-white px-4 py-3 text-sm">
      <h2 id="manual-payment-heading" className="font-semibold">
        How to pay by bank transfer
      </h2>
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">Amount</dt>
        <dd className="font-medium">{formatMoney(terms.amountDue, currency)}</dd>
        <dt className="text-slate-500">Payment reference</dt>
        <dd>
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono" data-testid="payment-reference">
            {terms.reference}
          </code>
        </dd>
        {terms.deadline ? (
          <>
            <dt className="text-slate-500">Pay by</dt>
            <dd>
              <time dateTime={terms.deadline.toISOString()}>{formatDeadline(terms.deadline, timeZone)}</time> ({zoneName(timeZone, terms.deadline)})
            </dd>
          </>
        ) : null}
        <dt className="text-slate-500">Pay to</dt>
        <dd className="whitespace-pre-line" data-testid="payment-instructions">
          {terms.instructions ?? `${vendorName} will tell you where to pay.`}
        </dd>
      </dl>
      <p className="text-slate-600">Quote the reference so {vendorName} can match your transfer. If it has not arrived by the deadline, the booking expires.</p>
    </section>
  );
}
