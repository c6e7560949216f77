import type { Metadata } from 'next';
import Link from 'next/link';
import { BookedItem } from '@/components/cart/booked-item';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readReceiptCookie } from '@/lib/cart/cart-cookies';
import { decodeReceipt, loadReceipt } from '@/lib/cart/checkout-receipt';
import { dueOnline } from '@/lib/cart/pay-cart';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatDeadline } from '@/lib/format/date-time';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Your bookings are made', robots: { index: false } };

// The bookings of the checkout that just happened, read from a short-lived cookie the checkout
// action set (see lib/cart/checkout-receipt.ts for why that is safe without a signature).
export default async function CheckoutDonePage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [user, receipt, query] = await Promise.all([getCurrentUser(), readReceiptCookie().then(decodeReceipt), searchParams]);
  const bookings = receipt ? await loadReceipt(prisma, receipt, user ? { userId: user.id } : null) : [];

  if (bookings.length === 0) {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <h1 className="text-2xl font-bold">Nothing to show here</h1>
        <EmptyState title="This confirmation is no longer available">
          <p>It is shown for an hour after checkout, in the browser that checked out.</p>
          <p className="mt-2">
            {user ? (
              <Link href="/account" className="font-medium text-brand-700 underline">
                See your bookings
              </Link>
            ) : (
              'Your confirmation emails have a link to each booking.'
            )}
          </p>
        </EmptyState>
      </div>
    );
  }

  const guest = bookings.some((b) => b.manageToken);
  const due = dueOnline(bookings.map((b) => b.booking));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{bookings.length === 1 ? 'Your booking is made' : `All ${bookings.length} bookings are made`}</h1>
        <Alert tone="success">
          Thank you! Here {bookings.length === 1 ? 'is your booking' : 'are your bookings'}, each with its own reference.
          {guest ? ' “Manage booking” lets you pay, change or cancel it without an account.' : null}
        </Alert>
        {query.error ? <Alert tone="error">{query.error.slice(0, 300)}</Alert> : null}
      </div>
      {due.map((payment) => (
        <PayAllCard key={payment.currency} payment={payment} bookings={bookings.map((b) => b.booking)} />
      ))}
      <ul className="space-y-4">
        {bookings.map((entry) => (
          <li key={entry.booking.id}>
            <BookedItem entry={entry} />
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600">
        {user ? (
          <Link href="/account" className="font-medium text-brand-700 underline">
            All your bookings
          </Link>
        ) : (
          <Link href="/" className="font-medium text-brand-700 underline">
            Back to the home page
          </Link>
        )}
      </p>
    </div>
  );
}

type DoneBooking = Awaited<ReturnType<typeof loadReceipt>>[number]['booking'];

/** One payment for everything due online now in a currency, with the deadline in words. */
function PayAllCard({ payment, bookings }: { payment: ReturnType<typeof dueOnline>[number]; bookings: DoneBooking[] }) {
  const paid = bookings.filter((b) => payment.bookingIds.includes(b.id));
  const first = paid.reduce((a, b) => (a.holdExpiresAt! <= b.holdExpiresAt! ? a : b));
  const amount = formatMoney(payment.amount, payment.currency);
  const count = paid.length;
  return (
    <Card className="space-y-3 border-orange-200 bg-orange-50 p-4 sm:p-6" aria-labelledby={`pay-${payment.currency}`}>
      <h2 id={`pay-${payment.currency}`} className="text-lg font-semibold">
        Due online now: <span data-testid="due-online-total">{amount}</span>
      </h2>
      <p className="text-sm">
        {count === 1 ? 'One payment confirms ' : `One payment confirms all ${count} bookings: `}
        {paid.map((b) => b.reference).join(', ')}. They are held for you until {formatDeadline(first.holdExpiresAt!, first.timeZone)}; if it is not paid by then, {count === 1 ? 'it is' : 'they are all'} released.
      </p>
      <form action="/cart/done/pay" method="post">
        <input type="hidden" name="currency" value={payment.currency} />
        <Button type="submit">Pay {amount} now</Button>
      </form>
    </Card>
  );
}
