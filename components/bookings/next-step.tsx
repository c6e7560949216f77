import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { formatMoney } from '@/lib/domain/money';
import { Countdown } from './countdown';

type Props = {
  booking: { status: BookingStatus; holdExpiresAt: Date | null; depositAmount: number; totalAmount: number; currency: string };
  paymentMode: 'NONE' | 'ONLINE_FULL' | 'ONLINE_DEPOSIT' | 'MANUAL';
};

/** What the customer should expect next, in plain words. */
export function BookingNextStep({ booking, paymentMode }: Props) {
  const { status, holdExpiresAt, depositAmount, totalAmount, currency } = booking;
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
              Pay {formatMoney(totalAmount, currency)} by bank transfer; the vendor confirms when it arrives.
            </p>
          ) : (
            <p className="font-semibold">
              Pay {formatMoney(depositAmount, currency)} {holdExpiresAt ? <>within <Countdown until={holdExpiresAt.toISOString()} /></> : null} to
              confirm.
            </p>
          )}
          <p>Your place is held for you until then.</p>
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
