import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditEntries } from '@/components/admin/audit-entries';
import { BookingEvents } from '@/components/admin/booking-events';
import { Instant } from '@/components/admin/list-parts';
import { VendorStatusBadge } from '@/components/admin/status-badges';
import { StatusBadge } from '@/components/bookings/status-badge';
import { BookingStepButtons } from '@/components/dashboard-bookings/booking-step-buttons';
import { Card } from '@/components/ui/card';
import { GuestCard } from '@/components/dashboard-bookings/guest-card';
import { PaymentsCard, PriceCard } from '@/components/dashboard-bookings/money-cards';
import { auditOf } from '@/lib/admin/audit';
import { adminBooking } from '@/lib/admin/bookings';
import { operatorPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { businessStepsNow } from '@/lib/domain/booking-permissions';
import { formatMoney } from '@/lib/domain/money';
import { NotFound } from '@/lib/errors';
import { formatRange, zoneName } from '@/lib/format/date-time';
import { operatorBookingStepAction, operatorRefundAction } from '@/lib/actions/admin/bookings';

export const metadata: Metadata = { title: 'Booking' };

// Operators take the business's steps, always with a reason (kept in the audit trail).
const STEP_LABELS = {
  approve: { label: 'Approve', needsReason: true },
  decline: { label: 'Decline', needsReason: true, danger: true },
  verifyManualPayment: { label: 'Mark as paid', needsReason: true },
  checkIn: { label: 'Check in', needsReason: true },
  checkOut: { label: 'Check out', needsReason: true },
  complete: { label: 'Complete', needsReason: true },
  cancel: { label: 'Cancel booking', needsReason: true, danger: true },
} as const;

export default async function AdminBookingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor: operator } = await operatorPage(`/admin/bookings/${id}`);
  const booking = await adminBooking(prisma, operator, id).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const audit = await auditOf(prisma, operator, 'Booking', booking.id);
  const steps = businessStepsNow({ ...booking, paymentMode: booking.listing.paymentMode }, new Date()).map((action) => ({ action, ...STEP_LABELS[action] }));
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/admin/bookings" className="hover:underline">
            Bookings
          </Link>{' '}
          / {booking.reference}
        </p>
        <h1 className="text-2xl font-bold">
          {booking.reference}: {booking.listing.title}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={booking.status} />
          <span>
            {formatRange(booking.startAt, booking.endAt, booking.timeZone)} ({zoneName(booking.timeZone, booking.startAt)})
          </span>
          <span>
            ·{' '}
            <Link href={`/admin/vendors/${booking.vendor.id}`} className="text-brand-700 underline">
              {booking.vendor.name}
            </Link>
          </span>
          {booking.vendor.status === 'SUSPENDED' ? <VendorStatusBadge status="SUSPENDED" /> : null}
        </p>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">Actions</h2>
            <p className="mt-1 text-sm text-slate-600">The same steps the business has; each asks for a reason, kept in the audit trail.</p>
            <div className="mt-3">
              <BookingStepButtons bookingId={booking.id} steps={steps} run={operatorBookingStepAction} />
            </div>
          </Card>
          <PaymentsCard booking={booking} refund={operatorRefundAction} />
          <Card>
            <h2 className="font-semibold">Events</h2>
            <div className="mt-3">
              <BookingEvents events={booking.events} />
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Audit trail</h2>
            <div className="mt-3">
              <AuditEntries entries={audit} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <GuestCard booking={booking} />
          <PriceCard booking={booking} paymentMode={booking.listing.paymentMode} />
          <Card>
            <h2 className="font-semibold">Record</h2>
            <dl className="mt-3 space-y-1 text-sm">
              {(
                [
                  ['Id', <span key="id" className="font-mono text-xs">{booking.id}</span>],
                  ['Source', booking.source.toLowerCase()],
                  ['Paid', formatMoney(booking.paidAmount, booking.currency)],
                  ['Refunded', formatMoney(booking.refundedAmount, booking.currency)],
                  ['Hold ends', <Instant key="hold" at={booking.holdExpiresAt} />],
                  ['Manual payment verified', <Instant key="verified" at={booking.manualPaymentVerifiedAt} />],
                  ['Created', <Instant key="created" at={booking.createdAt} />],
                  ['Updated', <Instant key="updated" at={booking.updatedAt} />],
                ] as const
              ).map(([label, value]) => (
                <div key={label}>
                  <dt className="inline text-slate-500">{label}: </dt>
                  <dd className="inline">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </div>
      </div>
    </div>
  );
}
