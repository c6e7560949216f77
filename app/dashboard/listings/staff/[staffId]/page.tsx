import type { Metadata } from 'next';
import Link from 'next/link';
import { removeExceptionAction, removeTimeOffAction } from '@/lib/actions/business/staff';
import { ActionButton } from '@/components/dashboard/action-button';
import { ExternalCalendarList } from '@/components/dashboard/external-calendar-list';
import {
  ExceptionForm,
  ExternalCalendarForm,
  StaffProfileForm,
  StaffServicesForm,
  TimeOffForm,
  WEEKDAY_NAMES,
  WeeklyRulesForm,
} from '@/components/dashboard/staff-forms';
import { Card } from '@/components/ui/card';
import { FeedLinkPanel } from '@/components/calendars/feed-link-panel';
import { issueCalendarFeedAction, revokeCalendarFeedAction } from '@/lib/actions/business/calendar-feeds';
import { vendorFeedSince } from '@/lib/calendars/subscription-feeds';
import { prisma } from '@/lib/db/prisma';
import { formatDateTime, formatRange } from '@/lib/format/date-time';
import { dashboardStaffMember } from '@/lib/business/dashboard-queries';

export const metadata: Metadata = { title: 'Staff member' };

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export default async function StaffMemberPage({ params }: { params: Promise<{ staffId: string }> }) {
  const { staffId } = await params;
  const { actor, staff } = await dashboardStaffMember(staffId, `/dashboard/listings/staff/${staffId}`);
  const zone = staff.vendor.timeZone;
  const feedScope = { scope: 'staff' as const, staffId: staff.id };
  const [services, calendars, feedSince] = await Promise.all([
    prisma.listing.findMany({ where: { vendorId: actor.vendorId, kind: 'APPOINTMENT', status: { not: 'ARCHIVED' } }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
    prisma.externalCalendar.findMany({ where: { staffId: staff.id }, orderBy: { createdAt: 'asc' }, include: { _count: { select: { busyBlocks: true } } } }),
    vendorFeedSince(prisma, actor, feedScope),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/dashboard/listings/staff" className="text-sm text-brand-700 underline">
        ← Staff
      </Link>
      <h1 className="text-2xl font-bold">{staff.name}</h1>
      <Card className="space-y-3">
        <h2 className="font-semibold">Profile</h2>
        <StaffProfileForm staffId={staff.id} defaultValues={{ name: staff.name, email: staff.email ?? '', bio: staff.bio, active: staff.active }} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Services</h2>
        <StaffServicesForm staffId={staff.id} services={services} selected={staff.services.map((s) => s.listingId)} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Weekly hours</h2>
        <WeeklyRulesForm staffId={staff.id} zone={zone} rules={staff.rules.map((r) => ({ weekday: r.weekday, start: clock(r.startMinute), end: clock(r.endMinute) }))} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Exceptions</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {staff.exceptions.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {e.date.toISOString().slice(0, 10)} ({WEEKDAY_NAMES[(e.date.getUTCDay() + 6) % 7]}) ·{' '}
                {e.available ? 'extra hours' : 'not working'} {e.startMinute !== null && e.endMinute !== null ? `${clock(e.startMinute)}–${clock(e.endMinute)}` : 'all day'}
                {e.reason ? ` · ${e.reason}` : ''}
              </span>
              <ActionButton action={removeExceptionAction} input={{ exceptionId: e.id }} variant="ghost">
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
        <ExceptionForm staffId={staff.id} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Time off</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {staff.timeOff.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {formatRange(t.startAt, t.endAt, zone)}
                {t.reason ? ` · ${t.reason}` : ''}
              </span>
              <ActionButton action={removeTimeOffAction} input={{ timeOffId: t.id }} variant="ghost">
                Remove
              </ActionButton>
            </li>
          ))}
        </ul>
        <TimeOffForm staffId={staff.id} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">External calendars</h2>
        <p className="text-sm text-slate-600">Busy times in these calendars block {staff.name}&apos;s appointment slots. They are re-read every 15 minutes.</p>
        <ExternalCalendarList calendars={calendars} zone={zone} />
        <ExternalCalendarForm owner={{ staffId: staff.id }} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Subscribe to {staff.name}&apos;s bookings</h2>
        <FeedLinkPanel
          label={`${staff.name}'s confirmed bookings`}
          since={feedSince ? formatDateTime(feedSince, zone, { withZone: true }) : null}
          issue={issueCalendarFeedAction.bind(null, feedScope)}
          revoke={revokeCalendarFeedAction.bind(null, feedScope)}
        />
      </Card>
    </div>
  );
}
