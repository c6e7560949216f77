import { Button } from '@/components/ui/button';
import { formatMoney } from '@/lib/domain/money';

type Props = {
  /** Needed for signed-in customers; a guest's manage link in `returnPath` identifies the booking by itself. */
  bookingId: string;
  /** Amount due online now: the booking's depositAmount minus what is already paid. */
  amount: number;
  currency: string;
  /** The booking page to come back to (`/manage/<token>` or `/account/bookings/<id>`). */
  returnPath: string;
};

/** Starts Stripe Checkout (or the test checkout) for what the booking owes online; a plain form, no client code. */
export function PayNowButton({ bookingId, amount, currency, returnPath }: Props) {
  if (amount <= 0) return null;
  return (
    <form action="/pay/start" method="post">
      <input type="hidden" name="bookingId" value={bookingId} />
      <input type="hidden" name="return" value={returnPath} />
      <Button type="submit">Pay {formatMoney(amount, currency)} now</Button>
    </form>
  );
}
