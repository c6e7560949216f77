import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cancelSessionAction } from '@/lib/actions/business/inventory';
import { ActionButton } from '@/components/dashboard/action-button';
import { ListingHeader } from '@/components/dashboard/listing-header';
import { OneOffSessionForm, RecurringSessionsForm } from '@/components/dashboard/session-forms';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { localDateOf } from '@/lib/domain/time';
import { formatRange } from '@/lib/format/date-time';
import { dashboardListing } from '@/lib/business/dashboard-queries';

export const metadata: Metadata = { title: 'Sessions' };

export default async function SessionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, listing, zone } = await dashboardListing(id, `/dashboard/listings/${id}/sessions`);
  if (listing.kind !== 'SESSION') notFound();
  const now = new Date();
  const sessions = await prisma.listingSession.findMany({ where: { listingId: listing.id, endAt: { gte: now } }, orderBy: { startAt: 'asc' }, take: 200, include: { host: { select: { name: true } } } });
  const hosts = await prisma.staffMember.findMany({ where: { vendorId: listing.vendorId, active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
  const archived = listing.status === 'ARCHIVED';
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <ListingHeader listing={listing} vendorSlug={listing.vendor.slug} role={actor.role} current="sessions" />
      {archived ? null : (
        <>
          <Card className="space-y-3">
            <h2 className="font-semibold">Recurring sessions</h2>
            <RecurringSessionsForm listingId={listing.id} zone={zone} today={localDateOf(now, zone)} hosts={hosts} />
          </Card>
          <Card className="space-y-3">
            <h2 className="font-semibold">One session</h2>
            <OneOffSessionForm listingId={listing.id} zone={zone} hosts={hosts} />
          </Card>
        </>
      )}
      <Card className="space-y-3">
        <h2 className="font-semibold">Upcoming sessions ({sessions.length})</h2>
        {sessions.length === 0 ? <p className="text-sm text-slate-600">No upcoming sessions.</p> : null}
        <ul className="divide-y divide-slate-100 text-sm" aria-label="Upcoming sessions">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {formatRange(session.startAt, session.endAt, zone)}
                {session.host ? <span className="text-slate-600"> · hosted by {session.host.name}</span> : null}
              </span>
              <span className="text-slate-600">
                {session.status === 'CANCELLED' ? 'Cancelled' : `${session.seatsTaken} / ${session.capacity} seats taken`}
              </span>
              {session.status === 'SCHEDULED' && !archived ? (
                <ActionButton action={cancelSessionAction} input={{ sessionId: session.id }} variant="ghost" confirm="Cancel this session?">
                  Cancel
                </ActionButton>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
