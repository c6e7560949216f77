import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BookingTimeline } from '@/components/account/booking-timeline';
import { formatDateTime } from '@/lib/format/date-time';
import { StatusBadge } from '@/components/bookings/status-badge';
import { BookingStepButtons } from '@/components/dashboard-bookings/booking-step-buttons';
import { Card } from '@/components/ui/card';
import { ActionButton } from '@/components/dashboard/action-button';
import { DaysUsed } from '@/components/bookings/days-used';
import { recordDayCheckInAction } from '@/lib/actions/business/day-check-ins';
import { bookingDays, isMultiDay } from '@/lib/domain/booking-days';
import { GuestCard } from '@/components/dashboard-bookings/guest-card';
import { PaymentsCard, PriceCard } from '@/components/dashboard-bookings/money-cards';
import { BalanceCard } from '@/components/dashboard-bookings/balance-card';
import { balanceOf } from '@/lib/domain/balance';
import { vendorBooking } from '@/lib/business/booking-inbox';
import { memberPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { businessStepsNow, checkInWindow } from '@/lib/domain/booking-permissions';
import { NotFound } from '@/lib/errors';
import { formatRange, zoneName } from '@/lib/format/date-time';
import { checkOutWithBalanceDueAction, recordBalanceAction, vendorBookingStepAction, vendorRefundAction } from '@/lib/actions/business/bookings';

export const metadata: Metadata = { title: 'Booking' };

const STEP_LABELS = {
  approve: { label: 'Approve' },
  decline: { label: 'Decline', needsReason: true, danger: true },
  verifyManualPayment: { label: 'Mark as paid' },
  checkIn: { label: 'Check in' },
  checkOut: { label: 'Check out' },
  complete: { label: 'Complete' },
  cancel: { label: 'Cancel booking', needsReason: true, danger: true },
} as const;

export default async function VendorBookingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ checkin?: string }> }) {
  const fromCheckIn = (await searchParams).checkin === '1';
  const { actor, vendor, role } = await memberPage(`/dashboard/bookings/${(await params).id}`);
  const { id } = await params;
  const booking = await vendorBooking(prisma, vendor.id, id).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  // Which buttons to offer is a domain rule; the services re-check everything on the server.
  const now = new Date();
  const days = isMultiDay(booking) ? bookingDays({ ...booking, now, checkIns: booking.dayCheckIns.map((c) => c.day.toISOString().slice(0, 10)) }) : null;
  const steps = businessStepsNow({ ...booking, paymentMode: booking.listing.paymentMode }, now).map((action) => ({ action, ...STEP_LABELS[action] }));
  const balance = balanceOf(booking);
  const recordedBy = booking.balancePaidById ? ((await prisma.user.findUnique({ where: { id: booking.balancePaidById }, select: { name: true } }))?.name ?? null) : null;
  const window = checkInWindow(booking);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/dashboard/bookings" className="hover:underline">
            Bookings
          </Link>{' '}
          / {booking.reference}
        </p>
        <h1 className="text-2xl font-bold">{booking.listing.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={booking.status} />
          <span>
            {formatRange(booking.startAt, booking.endAt, booking.timeZone)} ({zoneName(booking.timeZone, booking.startAt)})
          </span>
        </p>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">Actions</h2>
            {fromCheckIn ? (
              <p role="status" className="mt-3 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="check-in-ready">
                {steps.some((s) => s.action === 'checkIn')
                  ? `Ready to check in ${booking.contactName} (${booking.reference}).`
                  : booking.status === 'CHECKED_IN'
                    ? `${booking.contactName} is already checked in.`
                    : `${booking.reference} cannot be checked in now (${booking.status.toLowerCase().replace('_', ' ')}).`}
              </p>
            ) : null}
            <div className="mt-3">
              <BookingStepButtons bookingId={booking.id} steps={steps} run={vendorBookingStepAction} focus={fromCheckIn ? 'checkIn' : undefined} />
            </div>
            {booking.holdExpiresAt && (booking.status === 'REQUESTED' || booking.status === 'AWAITING_PAYMENT') ? (
              <p className="mt-3 text-sm text-slate-600">
                {booking.status === 'REQUESTED' ? 'The request expires' : 'The payment hold ends'} on {formatDateTime(booking.holdExpiresAt, booking.timeZone)}.
              </p>
            ) : null}
            {booking.status === 'CONFIRMED' && checkInWindow(booking).opensAt > new Date() ? (
              <p className="mt-3 text-sm text-slate-600" data-testid="check-in-opens">
                Check-in opens on {formatDateTime(checkInWindow(booking).opensAt, booking.timeZone, { withZone: true })}, a day before the start.
              </p>
            ) : null}
            {role !== 'OWNER' && steps.some((step) => step.action === 'cancel') && booking.paidAmount > booking.refundedAmount ? (
              <p className="mt-3 text-sm text-slate-600" data-testid="staff-cancel-refund">
                If you cancel, the customer gets back what the listing&apos;s cancellation policy gives now; a full refund is an owner&apos;s call.
              </p>
            ) : null}
          </Card>
          {days ? (
            <Card>
              <h2 className="font-semibold">Days used</h2>
              <div className="mt-3 space-y-3">
                <DaysUsed days={days} showCheckIns />
                {days.today && !days.days.find((d) => d.state === 'today')?.checkedIn && (booking.status === 'CONFIRMED' || booking.status === 'CHECKED_IN') ? (
                  <ActionButton action={recordDayCheckInAction} input={{ bookingId: booking.id }} variant="primary">
                    Record today&apos;s check-in
                  </ActionButton>
                ) : days.today ? (
                  <p className="text-sm text-emerald-800">Checked in today.</p>
                ) : null}
              </div>
            </Card>
          ) : null}
          {balance ? (
            <BalanceCard
              booking={booking}
              balance={balance}
              recordedBy={recordedBy}
              canCheckInNow={now >= window.opensAt && now < window.closesAt}
              isOwner={role === 'OWNER'}
              record={recordBalanceAction}
              override={checkOutWithBalanceDueAction}
            />
          ) : null}
          <PaymentsCard booking={booking} refund={role === 'OWNER' ? vendorRefundAction : null} />
          <Card>
            <h2 className="font-semibold">History</h2>
            <div className="mt-3">
              <BookingTimeline events={booking.events} timeZone={booking.timeZone} currency={booking.currency} vendorName={booking.vendor.name} viewer={actor} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <GuestCard booking={booking} />
          <PriceCard booking={booking} paymentMode={booking.listing.paymentMode} />
        </div>
      </div>
    </div>
  );
}
