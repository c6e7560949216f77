import { z } from 'zod';
import { createNotifications } from '@/lib/notifications/create-notifications';
import type { OutboxHandler } from './handlers';
import { idempotentId } from './idempotent-id';

const payloadSchema = z.object({ reviewId: z.string(), reference: z.string(), listingId: z.string(), vendorId: z.string(), rating: z.number() });

/** Tells the vendor's team about a new review (topic review.created, written by leaveReview). */
export const reviewNotificationsHandler: OutboxHandler = {
  name: 'review-notifications',
  topics: ['review.created'],
  async handle(db, message) {
    const payload = payloadSchema.parse(message.payload);
    const [listing, members] = await Promise.all([
      db.listing.findUnique({ where: { id: payload.listingId }, select: { title: true, slug: true, vendor: { select: { slug: true } } } }),
      db.vendorMember.findMany({ where: { vendorId: payload.vendorId }, select: { userId: true } }),
    ]);
    if (!listing) return;
    await createNotifications(
      db,
      members.map(({ userId }) => ({
        id: idempotentId(message.id, 'notification', userId),
        userId,
        type: message.topic,
        title: `New ${payload.rating}-star review · ${payload.reference}`,
        body: `${listing.title} was reviewed.`,
        link: `/v/${listing.vendor.slug}/${listing.slug}`,
      })),
    );
  },
};
