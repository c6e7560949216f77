import 'server-only';
import '@/lib/validation/zod-config';
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import { email } from '@/lib/validation/fields';

// "Email me a link to my booking": a guest who lost their manage link gives the booking's email
// and reference; when both match, the outbox emails a fresh magic link to that address (never to
// another), so the answer is the same either way and reveals nothing.

export const MANAGE_LINK_TOPIC = 'magic_link.requested';

export const manageLinkRequestSchema = z.object({
  email,
  reference: z.string().trim().toUpperCase().regex(/^BK-[A-Z0-9]{4,12}$/, 'Enter the booking reference, like BK-7F3K2Q'),
});

/** Writes the email's outbox message when the booking matches; returns nothing either way. */
export async function requestManageLink(db: Db, input: z.output<typeof manageLinkRequestSchema>): Promise<void> {
  const booking = await db.booking.findFirst({
    where: { reference: input.reference, contactEmail: { equals: input.email, mode: 'insensitive' } },
    select: { id: true },
  });
  if (!booking) return;
  await db.outboxMessage.create({ data: { topic: MANAGE_LINK_TOPIC, bookingId: booking.id, payload: { bookingId: booking.id } } });
}
