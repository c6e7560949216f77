import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BookingDetail } from '@/components/account/booking-detail';
import { checkInCode, showsCheckInCode } from '@/lib/booking/check-in-token';
import { customerPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { bookingView, findCustomerBooking } from '@/lib/customer/booking-view';
import { rescheduleOptions } from '@/lib/customer/reschedule';
import { cancelMyBookingAction, rescheduleMyBookingAction, reviewMyBookingAction } from '@/lib/actions/my-booking';

export const metadata: Metadata = { title: 'Your booking' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ new?: string; date?: string; staff?: string }> };

export default async function AccountBookingPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { actor, user } = await customerPage(`/account/bookings/${id}`);
  const booking = await findCustomerBooking(prisma, id, user.id);
  if (!booking) notFound();

  const now = new Date();
  const checkIn = showsCheckInCode(booking.status) ? await checkInCode(booking.id) : null;
  const view = bookingView(booking, actor, now);
  const options = view.reschedule.allowed ? await rescheduleOptions(prisma, booking, query.date, now, { anyone: query.staff === 'any' }) : null;

  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/account" className="text-brand-700 underline">
          My bookings
        </Link>
      </nav>
      <BookingDetail
        view={view}
        viewer={actor}
        isNew={query.new === '1'}
        pagePath={`/account/bookings/${booking.id}`}
        rescheduleOptions={options}
        checkInCode={checkIn}
        actions={{
          cancel: cancelMyBookingAction.bind(null, { bookingId: booking.id }),
          reschedule: rescheduleMyBookingAction.bind(null, { bookingId: booking.id }),
          review: reviewMyBookingAction.bind(null, { bookingId: booking.id }),
        }}
      />
    </div>
  );
}
