import Link from 'next/link';
import type { LapsedHold } from '@/lib/cart/lapsed-holds';
import { LapsedHoldButtons } from './lapsed-hold-buttons';

/** What expired from this cart and why (shown for a week, until put back or dismissed). */
export function LapsedHolds({ holds }: { holds: LapsedHold[] }) {
  if (holds.length === 0) return null;
  return (
    <section aria-labelledby="cart-lapsed" className="space-y-3">
      <h2 id="cart-lapsed" className="font-semibold">
        Expired from your cart
      </h2>
      <ul className="space-y-3">
        {holds.map((hold) => (
          <li key={hold.bookingId}>
            <div className="space-y-2 rounded-2xl border border-amber-200 bg-amber-50 p-4" data-testid="lapsed-hold">
              <p className="font-medium">
                <Link href={`/v/${hold.listing.vendorSlug}/${hold.listing.slug}`} className="hover:underline">
                  {hold.label}
                </Link>{' '}
                <span className="text-sm font-normal text-slate-600">
                  · {hold.listing.vendorName} · {hold.reference}
                </span>
              </p>
              <p className="text-sm text-amber-900">{hold.reason}</p>
              <LapsedHoldButtons bookingId={hold.bookingId} title={hold.listing.title} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
