import type { Metadata } from 'next';
import Link from 'next/link';
import { CartItemCard } from '@/components/cart/cart-item-card';
import { CartTotals } from '@/components/cart/cart-totals';
import { CheckoutForm } from '@/components/cart/checkout-form';
import { ClearCartButton } from '@/components/cart/clear-cart-button';
import { CART_HEADING_ID } from '@/components/cart/focus';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { getCurrentUser } from '@/lib/auth/current-user';
import { currentCartOwner } from '@/lib/cart/current-cart';
import { EMPTY_CART, getCart } from '@/lib/cart/get-cart';
import { lapsedCartHolds } from '@/lib/cart/lapsed-holds';
import { LapsedHolds } from '@/components/cart/lapsed-holds';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Your cart' };

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

export default async function CartPage() {
  const [user, owner] = await Promise.all([getCurrentUser(), currentCartOwner()]);
  const [cart, lapsed] = owner ? await Promise.all([getCart(prisma, owner), lapsedCartHolds(prisma, owner)]) : [EMPTY_CART, []];
  const count = cart.items.length;

  return (
    <div className="space-y-6">
      <div>
        <h1 id={CART_HEADING_ID} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          Your cart{count > 0 ? <span className="font-normal text-slate-600"> · {items(count)}</span> : null}
        </h1>
        <p className="text-sm text-slate-600">Book several things at once: a rental, a tour seat, an appointment.</p>
      </div>

      <LapsedHolds holds={lapsed} />

      {count === 0 ? (
        <EmptyState title="Your cart is empty">
          <p>Add rentals, tours and appointments from their pages, then book them together here.</p>
          <Link href="/" className="mt-2 inline-block font-medium text-brand-700 underline">
            Find something to book
          </Link>
        </EmptyState>
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="cart-items" className="min-w-0 space-y-4">
            <h2 id="cart-items" className="sr-only">
              Items
            </h2>
            {cart.problems > 0 ? (
              <Alert tone="error">
                {cart.problems === 1 ? 'One item' : `${cart.problems} items`} can no longer be booked as {cart.problems === 1 ? 'it is' : 'they are'}. Remove{' '}
                {cart.problems === 1 ? 'it' : 'them'} or choose another time before checking out.
              </Alert>
            ) : null}
            <ul className="space-y-4">
              {cart.items.map((item) => (
                <li key={item.id}>
                  <CartItemCard item={item} />
                </li>
              ))}
            </ul>
            <ClearCartButton count={count} />
          </section>

          <div className="space-y-4">
            <aside aria-labelledby="cart-summary">
              <Card className="p-4 sm:p-6">
                <h2 id="cart-summary" className="mb-3 font-semibold">
                  Summary
                </h2>
                <CartTotals totals={cart.totals} />
                <p className="mt-3 text-xs text-slate-500">Prices are checked again when you book. Times are in each listing&apos;s own time zone.</p>
              </Card>
            </aside>
            <section aria-labelledby="cart-checkout">
              <Card className="p-4 sm:p-6">
                <h2 id="cart-checkout" className="mb-3 font-semibold">
                  Your details
                </h2>
                <CheckoutForm count={count} signedIn={!!user} defaults={user ? { name: user.name, email: user.email, phone: user.phone ?? '' } : undefined} />
                {user ? null : (
                  <p className="mt-4 text-sm text-slate-600">
                    Have an account?{' '}
                    <Link href="/signin?callbackUrl=/cart" className="font-medium text-brand-700 underline">
                      Sign in
                    </Link>{' '}
                    to keep these bookings in it; your cart stays.
                  </p>
                )}
              </Card>
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
