import { StatusBadge } from '@/components/bookings/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatMoney } from '@/lib/domain/money';
import type { groupPaymentStatus } from '@/lib/payments/payment-status';

type Group = NonNullable<Awaited<ReturnType<typeof groupPaymentStatus>>>;

/** After one checkout paid several bookings (a cart): each booking's status, and what was kept in total. */
export function GroupPaymentCard({ group, returnPath }: { group: Group; returnPath: string }) {
  const money = (amount: number) => formatMoney(amount, group.currency);
  const confirmed = group.bookings.filter((b) => b.status === 'CONFIRMED' || b.status === 'CHECKED_IN' || b.status === 'COMPLETED');
  const message = !group.settled
    ? 'We are waiting for the payment provider to confirm your payment. This page updates by itself.'
    : confirmed.length === group.bookings.length
      ? `Payment received: all ${group.bookings.length} bookings are confirmed. Paid ${money(group.kept)}.`
      : `Payment received: ${confirmed.length} of ${group.bookings.length} bookings are confirmed; the rest is refunded. Paid ${money(group.kept)}.`;
  return (
    <Card className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Payment for {group.bookings.length} bookings</h1>
      <p role="status" data-testid="payment-status-message">
        {message}
      </p>
      <ul className="divide-y divide-slate-100 text-sm">
        {group.bookings.map((b) => (
          <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              <span className="font-mono font-semibold">{b.reference}</span> · {b.listing.title}
            </span>
            <StatusBadge status={b.status} />
          </li>
        ))}
      </ul>
      <ButtonLink href={returnPath} variant="secondary">
        Back to your bookings
      </ButtonLink>
    </Card>
  );
}
