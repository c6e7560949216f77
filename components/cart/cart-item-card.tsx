import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { CartLine } from '@/lib/cart/get-cart';
import { formatRange, zoneName } from '@/lib/format/date-time';
import { QuoteTable } from './quote-table';
import { RemoveItemButton } from './remove-item-button';

const quantityLabel = { RENTAL: 'Units', SESSION: 'Seats', APPOINTMENT: 'People' } as const;

/** One cart item: what, when (in the listing's zone), how many, its price, and any problem. */
export function CartItemCard({ item }: { item: CartLine }) {
  const headingId = `cart-item-${item.id}`;
  return (
    <Card className="space-y-4 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="font-semibold">
            <Link href={`/v/${item.listing.vendorSlug}/${item.listing.slug}`} className="hover:underline">
              {item.listing.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-600">{item.listing.vendorName}</p>
        </div>
        <RemoveItemButton itemId={item.id} title={item.listing.title} />
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-[1fr_auto]">
        <div>
          <dt className="text-slate-500">When</dt>
          <dd>
            <time dateTime={item.startAt.toISOString()}>{formatRange(item.startAt, item.endAt, item.timeZone)}</time>{' '}
            <span className="text-slate-500">({zoneName(item.timeZone, item.startAt)})</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{quantityLabel[item.listing.kind]}</dt>
          <dd>{item.quantity}</dd>
        </div>
        {item.notes ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">Notes</dt>
            <dd className="whitespace-pre-line">{item.notes}</dd>
          </div>
        ) : null}
      </dl>
      {item.quote ? <QuoteTable quote={item.quote} caption={`Price of ${item.listing.title}`} /> : null}
      {item.problem ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span className="font-semibold">Cannot be booked as it is:</span> {item.problem} Remove it, or choose another time on its page.
        </p>
      ) : null}
    </Card>
  );
}
