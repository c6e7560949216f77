import type { Metadata } from 'next';
import Link from 'next/link';
import { BookingList } from '@/components/account/booking-list';
import { BookingTabs } from '@/components/account/booking-tabs';
import { NotificationsLink } from '@/components/notifications/notifications-link';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { customerPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { myBookings, type BookingTab } from '@/lib/customer/my-bookings';
import { FeedLinkPanel } from '@/components/calendars/feed-link-panel';
import { Card } from '@/components/ui/card';
import { issueMyCalendarFeedAction, revokeMyCalendarFeedAction } from '@/lib/actions/my-calendar-feed';
import { customerFeedSince } from '@/lib/calendars/subscription-feeds';
import { formatDateTime } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'My bookings' };

type Props = { searchParams: Promise<{ welcome?: string; show?: string; verified?: string }> };

export default async function AccountPage({ searchParams }: Props) {
  const { user } = await customerPage('/account');
  const { welcome, show, verified } = await searchParams;
  const tab: BookingTab = show === 'past' ? 'past' : 'upcoming';
  const [{ bookings, upcomingCount, pastCount, more }, feedSince] = await Promise.all([myBookings(prisma, user.id, tab, new Date()), customerFeedSince(prisma, user.id)]);

  return (
    <div className="space-y-6">
      {welcome ? <Alert tone="success">Your account is ready. Welcome, {user.name}!</Alert> : null}
      {verified ? <Alert tone="success">Your email is verified.{Number(verified) > 0 ? ` ${verified} guest ${verified === '1' ? 'booking' : 'bookings'} made with it ${verified === '1' ? 'is' : 'are'} now in your account.` : ''}</Alert> : null}
      {user.emailVerifiedAt ? null : (
        <Alert>
          Verify your email: we sent a link to {user.email}. Once verified, bookings you made as a guest with this address appear here.
        </Alert>
      )}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold">My bookings</h1>
          <p className="break-words text-sm text-slate-600">
            Signed in as {user.name} ({user.email})
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/account/settings" className="rounded-lg px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
            Account settings
          </Link>
          <NotificationsLink className="rounded-lg px-3 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50" />
        </div>
      </div>
      <BookingTabs current={tab} upcomingCount={upcomingCount} pastCount={pastCount} />
      {bookings.length === 0 ? (
        <EmptyState title={tab === 'upcoming' ? 'No upcoming bookings' : 'No past bookings yet'}>
          <Link href="/" className="font-medium text-brand-700 underline">
            Find something to book
          </Link>
        </EmptyState>
      ) : (
        <>
          <BookingList bookings={bookings} />
          {more ? <p className="text-sm text-slate-600">Showing the {bookings.length} {tab === 'upcoming' ? 'soonest' : 'most recent'} bookings.</p> : null}
        </>
      )}
      <Card className="space-y-3">
        <h2 className="font-semibold">Your bookings in your calendar</h2>
        <FeedLinkPanel
          label="your confirmed bookings"
          since={feedSince ? formatDateTime(feedSince, 'UTC', { withZone: true }) : null}
          issue={issueMyCalendarFeedAction.bind(null, {})}
          revoke={revokeMyCalendarFeedAction.bind(null, {})}
        />
      </Card>
    </div>
  );
}
