import Link from 'next/link';
import type { MyBooking } from '@/lib/customer/my-bookings';
import { StatusBadge } from '@/components/bookings/status-badge';
import { formatMoney } from '@/lib/domain/money';
import { formatRange, zoneName } from '@/lib/format/date-time';

/** Bookings as rows: what, where, when (in the listing's zone), reference, price and status. */
export function BookingList({ bookings }: { bookings: MyBooking[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
      {bookings.map((booking) => (
        <li key={booking.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 space-y-0.5">
            <p className="font-medium">
              <Link href={`/account/bookings/${booking.id}`} className="text-brand-700 underline-offset-2 hover:underline">
                {booking.listing.title}
              </Link>
            </p>
            <p className="text-sm text-slate-600">
              {booking.listing.vendor.name} · {formatRange(booking.startAt, booking.endAt, booking.timeZone)} ({zoneName(booking.timeZone, booking.startAt)})
            </p>
            <p className="text-xs text-slate-500">
              {booking.reference} · {formatMoney(booking.totalAmount, booking.currency)}
            </p>
          </div>
          <div className="shrink-0">
            <StatusBadge status={booking.status} />
          </div>
        </li>
      ))}
    </ul>
  );
}
