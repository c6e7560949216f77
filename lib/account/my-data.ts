import 'server-only';
import type { Db } from '@/lib/db/prisma';

// "Download my data": everything Bookwell keeps about the signed-in person, as JSON. Secrets
// (password hash, link tokens, feed tokens) are left out.

export async function myDataExport(db: Db, userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      phone: true,
      timeZone: true,
      role: true,
      emailVerifiedAt: true,
      createdAt: true,
      memberships: { select: { role: true, vendor: { select: { name: true, slug: true } } } },
      bookings: {
        orderBy: { startAt: 'asc' },
        select: {
          reference: true,
          status: true,
          startAt: true,
          endAt: true,
          timeZone: true,
          quantity: true,
          contactName: true,
          contactEmail: true,
          contactPhone: true,
          notes: true,
          currency: true,
          totalAmount: true,
          paidAmount: true,
          refundedAmount: true,
          createdAt: true,
          listing: { select: { title: true } },
          vendor: { select: { name: true } },
          events: { orderBy: { createdAt: 'asc' }, select: { fromStatus: true, toStatus: true, actorType: true, reason: true, createdAt: true } },
        },
      },
      reviews: { select: { rating: true, comment: true, createdAt: true, booking: { select: { reference: true } } } },
      notifications: { orderBy: { createdAt: 'asc' }, select: { title: true, body: true, createdAt: true, readAt: true } },
    },
  });
  const { bookings, reviews, notifications, memberships, ...profile } = user;
  return {
    exportedAt: now.toISOString(),
    profile,
    businesses: memberships.map((m) => ({ business: m.vendor.name, storefront: `/v/${m.vendor.slug}`, role: m.role })),
    bookings: bookings.map(({ listing, vendor, ...b }) => ({ ...b, listing: listing.title, business: vendor.name, amountsInMinorUnits: true })),
    reviews: reviews.map(({ booking, ...r }) => ({ ...r, booking: booking.reference })),
    notifications,
  };
}
