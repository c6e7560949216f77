import type { Metadata } from 'next';
import Link from 'next/link';
import { CalendarMonth } from '@/components/dashboard/calendar-month';
import { CalendarLegend } from '@/components/dashboard/calendar-status';
import { CalendarToolbar } from '@/components/dashboard/calendar-toolbar';
import { CalendarWeek } from '@/components/dashboard/calendar-week';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { vendorCalendar } from '@/lib/business/calendar';
import { formatLocalDate } from '@/lib/format/date-time';
import { memberPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { FeedLinkPanel } from '@/components/calendars/feed-link-panel';
import { Card } from '@/components/ui/card';
import { issueCalendarFeedAction, revokeCalendarFeedAction } from '@/lib/actions/business/calendar-feeds';
import { vendorFeedSince } from '@/lib/calendars/subscription-feeds';
import { formatDateTime } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'Calendar' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CalendarPage({ searchParams }: Props) {
  const { vendor, actor } = await memberPage('/dashboard/calendar');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [calendar, feedSince] = await Promise.all([vendorCalendar(prisma, vendor.id, raw), vendorFeedSince(prisma, actor, { scope: 'business' })]);
  const { query, days } = calendar;
  const first = days[0]!.date;
  const last = days[days.length - 1]!.date;
  const title =
    query.view === 'week'
      ? `${formatLocalDate(first, { day: 'numeric', month: 'short' })} – ${formatLocalDate(last, { day: 'numeric', month: 'short', year: 'numeric' })}`
      : formatLocalDate(`${calendar.month}-01`, { month: 'long', year: 'numeric' });
  const inView = calendar.entries.filter((entry) => days.some((day) => day.inRange && day.date in entry.timeOn));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm text-slate-500">
            <Link href="/dashboard" className="hover:underline">
              {vendor.name}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">
            Calendar <span className="font-normal text-slate-600">· {title}</span>
          </h1>
        </div>
        <p className="text-sm text-slate-600" role="status">
          {inView.length} {inView.length === 1 ? 'booking' : 'bookings'}
        </p>
      </div>

      <CalendarToolbar view={query.view} anchor={calendar.anchor} prev={calendar.prev} next={calendar.next} listing={query.listing} listings={calendar.listings} />

      <div className="space-y-1 text-sm text-slate-600">
        {calendar.listing && calendar.zone !== calendar.businessZone ? (
          <p>
            Times are in {calendar.zone}, the time zone of {calendar.listing.title} (your business uses {calendar.businessZone}).
          </p>
        ) : (
          <p>Times are in {calendar.zone}.</p>
        )}
        {!calendar.listing && calendar.otherZones.length > 0 ? (
          <p>Some listings use another time zone ({calendar.otherZones.join(', ')}): their bookings also show the start in that zone.</p>
        ) : null}
      </div>
      <CalendarLegend />

      {calendar.truncated ? <Alert>Too many bookings to show at once: choose a listing or the week view to see them all.</Alert> : null}

      {query.view === 'week' ? (
        inView.length === 0 ? (
          <EmptyState title="No bookings this week">
            {calendar.listing ? 'Nothing is booked on this listing this week.' : 'Use Previous and Next to look at other weeks.'}
          </EmptyState>
        ) : (
          <CalendarWeek days={days} resources={calendar.resources} entries={calendar.entries} zone={calendar.zone} />
        )
      ) : (
        <>
          {inView.length === 0 ? <p className="text-sm text-slate-600">No bookings this month.</p> : null}
          <CalendarMonth days={days} entries={calendar.entries} listing={query.listing} title={title} />
        </>
      )}

      <Card className="space-y-3">
        <h2 className="font-semibold">Subscribe in your calendar app</h2>
        <FeedLinkPanel
          label={`all confirmed bookings of ${vendor.name}`}
          since={feedSince ? formatDateTime(feedSince, calendar.businessZone, { withZone: true }) : null}
          issue={issueCalendarFeedAction.bind(null, { scope: 'business' })}
          revoke={revokeCalendarFeedAction.bind(null, { scope: 'business' })}
        />
      </Card>
    </div>
  );
}
