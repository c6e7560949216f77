import 'server-only';
import { notFound } from 'next/navigation';
import { prisma } from '@/lib/db/prisma';
import { memberPage } from '@/lib/auth/current-actor';
import { listingTimeZone } from '@/lib/domain/listing-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in member's listing for a dashboard page; another vendor's listing is a 404. */
export async function dashboardListing(id: string, path: string) {
  const { actor } = await memberPage(path);
  const listing = UUID.test(id)
    ? await prisma.listing.findFirst({ where: { id, vendorId: actor.vendorId }, include: { vendor: { select: { slug: true, timeZone: true, currency: true } } } })
    : null;
  if (!listing) notFound();
  return { actor, listing, zone: listingTimeZone(listing) };
}

export async function dashboardStaffMember(id: string, path: string) {
  const { actor } = await memberPage(path);
  const staff = UUID.test(id)
    ? await prisma.staffMember.findFirst({
        where: { id, vendorId: actor.vendorId },
        include: {
          vendor: { select: { timeZone: true } },
          services: { select: { listingId: true } },
          rules: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] },
          exceptions: { where: { date: { gte: new Date(Date.now() - 86_400_000) } }, orderBy: { date: 'asc' } },
          timeOff: { where: { endAt: { gte: new Date() } }, orderBy: { startAt: 'asc' } },
        },
      })
    : null;
  if (!staff) notFound();
  return { actor, staff };
}
