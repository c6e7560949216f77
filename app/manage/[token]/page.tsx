import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { bookingView, findBookingById } from '@/lib/customer/booking-view';
import { rescheduleOptions } from '@/lib/customer/reschedule';
import { BookingDetail } from '@/components/account/booking-detail';
import { checkInCode, showsCheckInCode } from '@/lib/booking/check-in-token';
import { prisma } from '@/lib/db/prisma';
import { guest } from '@/lib/domain/actor';
import { ManageLinkInvalid, resolveManageToken } from '@/lib/magic-links/manage-links';
import { cancelGuestBookingAction, resendGuestCodeAction, rescheduleGuestBookingAction, reviewGuestBookingAction, verifyGuestCodeAction } from '@/lib/actions/guest-booking';
import { GuestVerificationCard } from '@/components/account/guest-verification-card';
import { pendingGuestVerifications } from '@/lib/booking/guest-verification';

// A guest's booking, opened from the link in their email. No loading.tsx on this route on purpose:
// an invalid or expired link must answer 404 (notFound() before anything streams).

export const metadata: Metadata = { title: 'Manage your booking', robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ new?: string; date?: string; staff?: string }> };

async function bookingIdFor(token: string): Promise<string> {
  try {
    return (await resolveManageToken(prisma, token)).bookingId;
  } catch (error) {
    if (error instanceof ManageLinkInvalid) notFound();
    throw error;
  }
}

export default async function ManageBookingPage({ params, searchParams }: Props) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const bookingId = await bookingIdFor(token);
  const booking = await findBookingById(prisma, bookingId);
  if (!booking) notFound();

  const now = new Date();
  const viewer = guest(bookingId);
  const checkIn = showsCheckInCode(booking.status) ? await checkInCode(booking.id) : null;
  const view = bookingView(booking, viewer, now);
  const pending = await pendingGuestVerifications(prisma, bookingId);
  const options = view.reschedule.allowed ? await rescheduleOptions(prisma, booking, query.date, now, { anyone: query.staff === 'any' }) : null;

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">You are managing this booking with the private link from your email. Keep the link to yourself.</p>
      <GuestVerificationCard
        pending={pending}
        verify={(channel) => verifyGuestCodeAction.bind(null, { token, channel })}
        resend={(channel) => resendGuestCodeAction.bind(null, { token, channel })}
      />
      <BookingDetail
        view={view}
        viewer={viewer}
        isNew={query.new === '1'}
        pagePath={`/manage/${token}`}
        rescheduleOptions={options}
        checkInCode={checkIn}
        actions={{
          cancel: cancelGuestBookingAction.bind(null, { token }),
          reschedule: rescheduleGuestBookingAction.bind(null, { token }),
          review: reviewGuestBookingAction.bind(null, { token }),
        }}
      />
    </div>
  );
}
