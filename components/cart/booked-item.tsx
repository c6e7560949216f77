import Link from 'next/link';
import { BookingNextStep } from '@/components/bookings/next-step';
import { StatusBadge } from '@/components/bookings/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { ReceiptBooking } from '@/lib/cart/checkout-receipt';
import { formatMoney } from '@/lib/domain/money';
import { formatRange, zoneName } from '@/lib/format/date-time';
import { manageUrl } from '@/lib/magic-links/manage-links';

/** A booking just made at checkout: reference, what, when, status and what happens next. */
export function BookedItem({ entry: { booking, manageToken } }: { entry: ReceiptBooking }) {
  const { listing } = booking;
  return (
    <Card className="space-y-3 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 className="font-semibold">
            <Link href={`/v/${listing.vendor.slug}/${listing.slug}`} className="hover:underline">
              {listing.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-600">{listing.vendor.name}</p>
        </div>
        <StatusBadge status={booking.status} />
      </div>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Reference</dt>
          <dd className="font-mono font-semibold" data-testid="booking-reference">
            {booking.reference}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">When</dt>
          <dd>
            <time dateTime={booking.startAt.toISOString()}>{formatRange(booking.startAt, booking.endAt, booking.timeZone)}</time>{' '}
            <span className="text-slate-500">({zoneName(booking.timeZone, booking.startAt)})</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Total</dt>
          <dd className="tabular-nums">{formatMoney(booking.totalAmount, booking.currency)}</dd>
        </div>
      </dl>
      <BookingNextStep booking={booking} paymentMode={listing.paymentMode} />
      {manageToken ? (
        <ButtonLink href={manageUrl(manageToken)} variant="secondary" aria-label={`Manage booking ${booking.reference}`}>
          Manage booking
        </ButtonLink>
      ) : (
        <ButtonLink href={`/account/bookings/${booking.id}`} variant="secondary" aria-label={`View booking ${booking.reference}`}>
          View booking
        </ButtonLink>
      )}
    </Card>
  );
}
