import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { formatMoney } from '@/lib/domain/money';
import { payWindowSentence } from '@/lib/domain/pay-window';
import { formatDeadline } from '@/lib/format/date-time';
import { Countdown } from './countdown';

type Props = {
  booking: {
    status: BookingStatus;
    holdExpiresAt: Date | null;
    depositAmount: number;
    totalAmount: number;
    paidAmount?: number;
    currency: string;
    timeZone: string;
    startAt: Date;
    approvedAt?: Date | null;
  };
  paymentMode: 'NONE' | 'ONLINE_FULL' | 'ONLINE_DEPOSIT' | 'MANUAL';
};

/** What the customer should expect next, in plain words. */
export function BookingNextStep({ booking, paymentMode }: Props) {
  const { status, holdExpiresAt, depositAmount, totalAmount, currency, timeZone } = booking;
  // Deadlines as a date and time in the listing's zone; a ticking countdown only in the last hour.
  const deadline = holdExpiresAt ? (
    <>
      by <time dateTime={holdExpiresAt.toISOString()}>{formatDeadline(holdExpiresAt, timeZone)}</time>
      <Countdown until={holdExpiresAt.toISOString()} />
    </>
  ) : null;
  const box = 'rounded-xl border px-4 py-3 text-sm';
  switch (status) {
    case 'REQUESTED':
      return (
        <div className={`${box} border-amber-200 bg-amber-50 text-amber-900`} role="status">
          <p className="font-semibold">Waiting for the vendor to confirm your request.</p>
          <p>We will email you as soon as they answer. Nothing is charged until then.</p>
        </div>
      );
    case 'AWAITING_PAYMENT':
      return (
        <div className={`${box} border-orange-200 bg-orange-50 text-orange-900`} role="status">
          {paymentMode === 'MANUAL' ? (
            <p className="font-semibold">
              Pay {formatMoney(totalAmount - (booking.paidAmount ?? 0), currency)} by bank transfer {deadline}; the vendor confirms when it arrives.
            </p>
          ) : (
            <p className="font-semibold">
              Pay {formatMoney(depositAmount - (booking.paidAmount ?? 0), currency)} {deadline} to confirm.
            </p>
          )}
          {booking.approvedAt && holdExpiresAt ? (
            <p data-testid="pay-window">{payWindowSentence(booking.approvedAt, holdExpiresAt, booking.startAt, formatDeadline(holdExpiresAt, timeZone))}</p>
          ) : (
            <p>Your place is held for you until then{paymentMode === 'MANUAL' && holdExpiresAt ? <> ({formatDeadline(holdExpiresAt, timeZone)})</> : null}.</p>
          )}
        </div>
      );
    case 'CONFIRMED':
      return (
        <div className={`${box} border-emerald-200 bg-emerald-50 text-emerald-900`} role="status">
          <p className="font-semibold">Your booking is confirmed.</p>
          {totalAmount > depositAmount && paymentMode !== 'MANUAL' ? (
            <p>{formatMoney(totalAmount - depositAmount, currency)} is due on site.</p>
          ) : null}
        </div>
      );
    default:
      return null;
  }
}
