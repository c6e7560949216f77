import { Card } from '@/components/ui/card';
import { BALANCE_METHOD_WORDS, type Balance, type BalanceMethod } from '@/lib/domain/balance';
import { formatMoney } from '@/lib/domain/money';
import { formatDateTime } from '@/lib/format/date-time';
import type { ActionResult } from '@/lib/http/action-result';
import { BalanceForm } from './balance-form';

type Run = (input: unknown) => Promise<ActionResult<unknown>>;

/** Deposit paid online, balance due at the desk, and who took it when; the desk's form while it is due. */
export function BalanceCard(props: {
  booking: { id: string; status: string; currency: string; timeZone: string; balancePaidAt: Date | null; balancePaymentMethod: string | null; checkOutOverrideReason: string | null };
  balance: Balance;
  recordedBy: string | null;
  canCheckInNow: boolean;
  isOwner: boolean;
  record: Run;
  override: Run;
}) {
  const { booking, balance } = props;
  const money = (amount: number) => formatMoney(amount, booking.currency);
  const open = booking.status === 'CONFIRMED' || booking.status === 'CHECKED_IN';
  const mayRecord = balance.balanceDue > 0 && ((booking.status === 'CONFIRMED' && props.canCheckInNow) || booking.status === 'CHECKED_IN');
  return (
    <Card>
      <h2 className="font-semibold">Deposit and balance</h2>
      <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-2 text-sm" aria-label="Deposit and balance">
        <dt className="text-slate-500">Deposit paid</dt>
        <dd data-testid="deposit-paid">{money(balance.depositPaid)}</dd>
        <dt className="text-slate-500">Balance due</dt>
        <dd data-testid="balance-due" className={balance.balanceDue > 0 ? 'font-semibold text-orange-800' : ''}>
          {money(balance.balanceDue)}
        </dd>
        <dt className="text-slate-500">Balance paid</dt>
        <dd data-testid="balance-paid">
          {money(balance.balancePaid)}
          {booking.balancePaidAt ? (
            <span className="text-slate-600">
              {' '}
              ({BALANCE_METHOD_WORDS[booking.balancePaymentMethod as BalanceMethod] ?? booking.balancePaymentMethod}
              {props.recordedBy ? `, recorded by ${props.recordedBy}` : ''} on {formatDateTime(booking.balancePaidAt, booking.timeZone)})
            </span>
          ) : null}
        </dd>
        {booking.checkOutOverrideReason ? (
          <>
            <dt className="text-slate-500">Left owing</dt>
            <dd>{booking.checkOutOverrideReason}</dd>
          </>
        ) : null}
      </dl>
      {open && balance.balanceDue > 0 ? (
        <div className="mt-4">
          <BalanceForm
            bookingId={booking.id}
            dueLabel={money(balance.balanceDue)}
            withCheckIn={booking.status === 'CONFIRMED'}
            record={mayRecord ? props.record : null}
            override={booking.status === 'CHECKED_IN' && props.isOwner ? props.override : null}
          />
          {booking.status === 'CHECKED_IN' ? <p className="mt-2 text-xs text-slate-500">Check-out waits until the balance is paid.</p> : null}
        </div>
      ) : null}
    </Card>
  );
}
