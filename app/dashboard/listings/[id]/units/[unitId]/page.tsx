import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedLinkPanel } from '@/components/calendars/feed-link-panel';
import { Card } from '@/components/ui/card';
import { ExternalCalendarList } from '@/components/dashboard/external-calendar-list';
import { ExternalCalendarForm } from '@/components/dashboard/staff-forms';
import { issueCalendarFeedAction, revokeCalendarFeedAction } from '@/lib/actions/business/calendar-feeds';
import { dashboardListing } from '@/lib/business/dashboard-queries';
import { vendorFeedSince } from '@/lib/calendars/subscription-feeds';
import { prisma } from '@/lib/db/prisma';
import { formatDateTime } from '@/lib/format/date-time';

export const metadata: Metadata = { title: 'Unit calendars' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// One rental unit's calendars: external calendars whose busy times block it (in), the feed of its bookings (out).
export default async function UnitCalendarsPage({ params }: { params: Promise<{ id: string; unitId: string }> }) {
  const { id, unitId } = await params;
  const { actor, listing, zone } = await dashboardListing(id, `/dashboard/listings/${id}/units/${unitId}`);
  const unit = UUID.test(unitId) ? await prisma.rentalUnit.findFirst({ where: { id: unitId, listingId: listing.id } }) : null;
  if (listing.kind !== 'RENTAL' || !unit) notFound();
  const feedScope = { scope: 'unit' as const, unitId: unit.id };
  const [feedSince, calendars] = await Promise.all([
    vendorFeedSince(prisma, actor, feedScope),
    prisma.externalCalendar.findMany({ where: { unitId: unit.id }, orderBy: { createdAt: 'asc' }, include: { _count: { select: { busyBlocks: true } } } }),
  ]);
  const unitName = `${listing.title} ${unit.name ?? unit.code}`;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href={`/dashboard/listings/${listing.id}/units`} className="text-sm text-brand-700 underline">
        ← Units of {listing.title}
      </Link>
      <h1 className="text-2xl font-bold">
        {unit.code}
        {unit.name ? <span className="font-normal text-slate-600"> · {unit.name}</span> : null}
      </h1>
      <Card className="space-y-3">
        <h2 className="font-semibold">External calendars</h2>
        <p className="text-sm text-slate-600">
          Is {unit.code} also rented elsewhere (another platform, by phone)? Busy times in these calendars block it here exactly like a booking. They are re-read every 15 minutes.
        </p>
        <ExternalCalendarList calendars={calendars} zone={zone} />
        <ExternalCalendarForm owner={{ unitId: unit.id }} />
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Subscribe to this unit&apos;s bookings</h2>
        <FeedLinkPanel
          label={`the confirmed bookings of ${unitName}`}
          since={feedSince ? formatDateTime(feedSince, zone, { withZone: true }) : null}
          issue={issueCalendarFeedAction.bind(null, feedScope)}
          revoke={revokeCalendarFeedAction.bind(null, feedScope)}
        />
      </Card>
    </div>
  );
}
