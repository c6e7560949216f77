'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { toBookingRequest } from '@/lib/booking/form-request';
import { bookingFormSchema } from '@/lib/booking/form-schema';
import { previewBooking, type BookingPreview } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { issueManageToken, manageUrl } from '@/lib/magic-links/manage-links';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { consumeRateLimit } from '@/lib/rate-limit';

async function listingZone(listingId: string) {
  const listing = await prisma.listing.findUnique({ where: { id: listingId }, select: { timeZone: true, vendor: { select: { timeZone: true } } } });
  if (!listing) throw new NotFound('This listing does not exist.');
  return listing.timeZone ?? listing.vendor.timeZone;
}

async function clientKey() {
  return (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}

/** The live quote and availability for the form's current values. */
export async function previewAction(input: unknown): Promise<ActionResult<BookingPreview>> {
  return runAction(bookingFormSchema.partial({ quantity: true }).extend({ quantity: bookingFormSchema.shape.quantity.catch(1) }), input, async (values) => {
    const zone = await listingZone(values.listingId);
    return previewBooking(prisma, toBookingRequest(values, zone));
  });
}

/** Books the listing for the signed-in customer or a guest, then opens the booking's page. */
export async function bookAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(bookingFormSchema, input, async (values) => {
    await consumeRateLimit(prisma, `book:ip:${await clientKey()}`, { limit: 30, windowSeconds: 10 * 60 });
    const user = await getCurrentUser();
    const actor: Actor = user ? { type: 'CUSTOMER', userId: user.id } : { type: 'GUEST' };
    const booking = await requestBooking(prisma, toBookingRequest(values, await listingZone(values.listingId)), actor);
    deliverOutboxSoon(); // the confirmation email and notifications, right after the response
    if (user) return `/account/bookings/${booking.id}?new=1`;
    return `${manageUrl(await issueManageToken(prisma, booking.id))}?new=1`;
  });
  if (!result.ok) return result;
  redirect(result.data);
}
