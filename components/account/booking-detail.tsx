import Link from 'next/link';
import type { BookingView } from '@/lib/customer/booking-view';
import type { RescheduleOptions } from '@/lib/customer/reschedule';
import { BookingNextStep } from '@/components/bookings/next-step';
import { BookingPayments } from '@/components/payments/booking-payments';
import { PayNowButton } from '@/components/payments/pay-now-button';
import { DaysUsed } from '@/components/bookings/days-used';
import { ManualPaymentInstructions } from '@/components/payments/manual-payment-instructions';
import { manualPaymentTerms } from '@/lib/domain/manual-payment';
import { StatusBadge } from '@/components/bookings/status-badge';
import type { Actor } from '@/lib/domain/actor';
import { formatMoney } from '@/lib/domain/money';
import type { BookingFormAction } from './action-types';
import { BookingTimeline } from './booking-timeline';
import { BookingTimes } from './booking-times';
import { CancelBookingForm } from './cancel-booking-form';
import { formatDateTime } from '@/lib/format/date-time';
import { bookingEventText, calendarFilePath, googleCalendarUrl, isInCalendar } from '@/lib/calendars/add-to-calendar-links';
import { absoluteUrl } from '@/lib/config/app-url';
import { Panel } from './panel';
import { PriceBreakdown } from './price-breakdown';
import { RescheduleSection } from './reschedule-section';
import { ReviewForm } from './review-form';
import { ReviewSummary } from './review-summary';

type Props = {
  view: BookingView;
  viewer: Actor;
  /** Just booked: the page doubles as the booking result page. */
  isNew: boolean;
  /** This page's path, for the appointment day picker. */
  pagePath: string;
  /** Null when the booking cannot be moved. */
  rescheduleOptions: RescheduleOptions | null;
  actions: { cancel: BookingFormAction; reschedule: BookingFormAction; review: BookingFormAction };
  /** The QR code the business scans at check-in (confirmed bookings), as SVG. */
  checkInCode?: { svg: string; url: string } | null;
};

function refundSummary({ booking, terms }: BookingView): string {
  const money = (amount: number) => formatMoney(amount, booking.currency);
  const paid = booking.paidAmount - booking.refundedAmount; // an extra payment already refunded is not "paid"
  if (paid <= 0) return 'Nothing has been paid, so there is nothing to refund.';
  if (terms.refundAmount <= 0) return `You have paid ${money(paid)}; cancelling now refunds nothing.`;
  return `If you cancel now, you get ${money(terms.refundAmount)} back (${terms.refundPercent}% of the ${money(paid)} you paid).`;
}

function StatusNotice({ view }: { view: BookingView }) {
  const { booking } = view;
  const box = 'rounded-xl border px-4 py-3 text-sm';
  switch (booking.status) {
    case 'CHECKED_IN':
      return <p role="status" className={`${box} border-sky-200 bg-sky-50 text-sky-900`}>You are checked in. Enjoy!</p>;
    case 'COMPLETED':
      return <p role="status" className={`${box} border-slate-200 bg-slate-100 text-slate-800`}>This booking is completed. Thank you for booking with {booking.listing.vendor.name}.</p>;
    case 'CANCELLED':
      return (
        <div role="status" className={`${box} border-red-200 bg-red-50 text-red-900`}>
          <p className="font-semibold">This booking was cancelled{booking.cancelledAt ? ` on ${formatDateTime(booking.cancelledAt, booking.timeZone)}` : ''}.</p>
          {booking.cancelReason ? <p>Reason: {booking.cancelReason}</p> : null}
        </div>
      );
    case 'DECLINED':
      return <p role="status" className={`${box} border-red-200 bg-red-50 text-red-900`}>{booking.listing.vendor.name} could not accept this request. Nothing was charged.</p>;
    case 'EXPIRED':
      return (
        <p role="status" className={`${box} border-slate-200 bg-slate-100 text-slate-800`}>
          This booking expired before it was confirmed.{booking.paidAmount === 0 ? ' Nothing was charged.' : ''}
        </p>
      );
    default:
      return null;
  }
}

/** Everything about one booking and what its customer can do with it now (account and magic-link pages). */
export function BookingDetail({ view, viewer, isNew, pagePath, rescheduleOptions, actions, checkInCode }: Props) {
  const { booking } = view;
  const { listing } = booking;
  const vendor = listing.vendor;
  const listingHref = `/v/${vendor.slug}/${listing.slug}`;
  const manualPayment = manualPaymentTerms({ ...booking, listing, vendor });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        {isNew ? (
          <>
            <h1 className="text-2xl font-bold tracking-tight">Booking received</h1>
            <p className="text-slate-700">
              Thank you, {booking.contactName}. Your reference is <strong>{booking.reference}</strong>; we are emailing the details to{' '}
              <span className="break-all">{booking.contactEmail}</span>.
            </p>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-500">Booking {booking.reference}</p>
            <h1 className="text-2xl font-bold tracking-tight">{listing.title}</h1>
          </>
        )}
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <StatusBadge status={booking.status} />
          <span>Reference {booking.reference}</span>
        </p>
      </header>

      <BookingNextStep booking={booking} paymentMode={listing.paymentMode} />
      {booking.status === 'AWAITING_PAYMENT' && (listing.paymentMode === 'ONLINE_FULL' || listing.paymentMode === 'ONLINE_DEPOSIT') ? (
        <PayNowButton bookingId={booking.id} amount={booking.depositAmount - booking.paidAmount} currency={booking.currency} returnPath={pagePath} />
      ) : null}
      {manualPayment ? <ManualPaymentInstructions terms={manualPayment} currency={booking.currency} timeZone={booking.timeZone} vendorName={vendor.name} /> : null}
      <StatusNotice view={view} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Panel id="details" title="Details">
            <dl className="grid gap-3 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-500">What</dt>
              <dd>
                <Link href={listingHref} className="font-medium text-brand-700 underline">
                  {listing.title}
                </Link>{' '}
                <span className="text-slate-600">by {vendor.name}</span>
              </dd>
              <dt className="text-slate-500">When</dt>
              <dd>
                <BookingTimes startAt={booking.startAt} endAt={booking.endAt} timeZone={booking.timeZone} />
              </dd>
              {view.staffName ? (
                <>
                  <dt className="text-slate-500">With</dt>
                  <dd>{view.staffName}</dd>
                </>
              ) : null}
              <dt className="text-slate-500">{booking.kind === 'SESSION' ? 'Seats' : booking.kind === 'RENTAL' ? 'Units' : 'People'}</dt>
              <dd>{booking.quantity}</dd>
              <dt className="text-slate-500">Booked for</dt>
              <dd className="break-words">
                {booking.contactName}, {booking.contactEmail}
                {booking.contactPhone ? `, ${booking.contactPhone}` : ''}
              </dd>
              {booking.notes ? (
                <>
                  <dt className="text-slate-500">Notes</dt>
                  <dd className="whitespace-pre-line">{booking.notes}</dd>
                </>
              ) : null}
            </dl>
          </Panel>

          {view.days && booking.status !== 'CANCELLED' && booking.status !== 'EXPIRED' && booking.status !== 'DECLINED' ? (
            <Panel id="days" title="Days used">
              <DaysUsed days={view.days} showCheckIns={view.days.checkedInDays > 0} />
            </Panel>
          ) : null}

          <Panel id="price" title="Price">
            <PriceBreakdown booking={booking} paymentMode={listing.paymentMode} />
          </Panel>

          <Panel id="payments" title="Payments and receipts">
            <BookingPayments bookingId={booking.id} currency={booking.currency} timeZone={booking.timeZone} audience="customer" />
          </Panel>

          <Panel id="history" title="History">
            <BookingTimeline events={booking.events} timeZone={booking.timeZone} currency={booking.currency} vendorName={vendor.name} viewer={viewer} />
          </Panel>
        </div>

        <div className="min-w-0 space-y-6">
          {checkInCode ? (
            <Panel id="check-in" title="Check-in code">
              <div className="flex flex-col items-center gap-2 text-center text-sm">
                {/* SVG made on the server by the qrcode package from our own URL. */}
                <div
                  className="w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
                  role="img"
                  aria-label={`QR code to check in booking ${booking.reference}`}
                  data-testid="check-in-qr"
                  data-url={checkInCode.url}
                  dangerouslySetInnerHTML={{ __html: checkInCode.svg }}
                />
                <p className="text-slate-600">
                  Show this at {vendor.name} when you arrive, or give your reference <strong>{booking.reference}</strong>.
                </p>
              </div>
            </Panel>
          ) : null}
          {booking.status === 'COMPLETED' ? (
            <Panel id="review" title="Your review">
              {booking.review ? (
                <ReviewSummary review={booking.review} />
              ) : view.review.allowed ? (
                <ReviewForm action={actions.review} />
              ) : (
                <p className="text-sm text-slate-600">{view.review.message}</p>
              )}
            </Panel>
          ) : null}

          {isInCalendar(booking.status) ? (
            <Panel id="add-to-calendar" title="Add to calendar">
              <ul className="space-y-1 text-sm">
                <li>
                  <a href={calendarFilePath(pagePath)} download className="text-brand-700 underline">
                    Download the .ics file
                  </a>{' '}
                  <span className="text-slate-600">(Apple Calendar, Outlook, Thunderbird…)</span>
                </li>
                <li>
                  <a
                    href={googleCalendarUrl(bookingEventText({ ...booking, vendorName: vendor.name, link: absoluteUrl(pagePath) }))}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="text-brand-700 underline"
                  >
                    Add to Google Calendar
                  </a>
                </li>
              </ul>
            </Panel>
          ) : null}

          <Panel id="cancel" title="Cancellation">
            <p className="text-sm text-slate-700">{view.policy}</p>
            {view.cancel.allowed ? (
              <div className="mt-3 space-y-3">
                <p className="text-sm font-medium">{refundSummary(view)}</p>
                <CancelBookingForm action={actions.cancel} refundSummary={refundSummary(view)} />
              </div>
            ) : (
              <p className="mt-3 text-sm text-slate-600">{view.cancel.reason}</p>
            )}
          </Panel>

          <Panel id="reschedule" title="Change the time">
            {view.reschedule.allowed && rescheduleOptions ? (
              <div className="space-y-3">
                <p className="text-sm text-slate-600">Pick a new time; the price stays the same. A new time with a different price means cancelling and booking again.</p>
                <RescheduleSection options={rescheduleOptions} action={actions.reschedule} pagePath={pagePath} />
              </div>
            ) : (
              <p className="text-sm text-slate-600">{view.reschedule.allowed ? 'This booking cannot be moved online.' : view.reschedule.reason}</p>
            )}
          </Panel>

          <Panel id="contact" title={`Contact ${vendor.name}`}>
            <ul className="space-y-1 text-sm">
              <li>
                <a href={`mailto:${vendor.contactEmail}`} className="break-all text-brand-700 underline">
                  {vendor.contactEmail}
                </a>
              </li>
              {vendor.contactPhone ? (
                <li>
                  <a href={`tel:${vendor.contactPhone.replace(/[^+\d]/g, '')}`} className="text-brand-700 underline">
                    {vendor.contactPhone}
                  </a>
                </li>
              ) : null}
            </ul>
          </Panel>
        </div>
      </div>
    </div>
  );
}
