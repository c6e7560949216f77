import type { Metadata } from 'next';
import Link from 'next/link';
import { BookedItem } from '@/components/cart/booked-item';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readReceiptCookie } from '@/lib/cart/cart-cookies';
import { decodeReceipt, loadReceipt } from '@/lib/cart/checkout-receipt';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Your bookings are made', robots: { index: false } };

// The bookings of the checkout that just happened, read from a short-lived cookie the checkout
// action set (see lib/cart/checkout-receipt.ts for why that is safe without a signature).
export default async function CheckoutDonePage() {
  const [user, receipt] = await Promise.all([getCurrentUser(), readReceiptCookie().then(decodeReceipt)]);
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
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{bookings.length === 1 ? 'Your booking is made' : `All ${bookings.length} bookings are made`}</h1>
        <Alert tone="success">
          Thank you! Here {bookings.length === 1 ? 'is your booking' : 'are your bookings'}, each with its own reference.
          {guest ? ' “Manage booking” lets you pay, change or cancel it without an account.' : null}
        </Alert>
      </div>
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
