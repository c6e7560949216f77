'use server';

import { redirect } from 'next/navigation';
import { bookingRequestFromForm } from '@/lib/booking/form-request';
import { bookingFormSchema, previewFormSchema } from '@/lib/booking/form-schema';
import { previewBooking } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { prisma } from '@/lib/db/prisma';
import { publicAction } from '@/lib/http/actions';
import { requestClientIp } from '@/lib/http/request-client-ip';
import { manageUrl } from '@/lib/magic-links/manage-links';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// The listing page's booking form: a live quote while the form changes, then the booking itself.

/** The live quote and availability for the form's current values. */
export const previewAction = publicAction(previewFormSchema, async (values) => previewBooking(prisma, await bookingRequestFromForm(prisma, values)));

/** Books the listing for the signed-in customer or a guest, then opens the booking's page. */
export const bookAction = publicAction(
  bookingFormSchema,
  async (values, { actor }) => {
    const { id, manageToken } = await requestBooking(prisma, await bookingRequestFromForm(prisma, values), actor, { clientAddress: await requestClientIp() });
    return { id, manageToken };
  },
  {
    rateLimit: { name: 'book', limit: 30, windowSeconds: 10 * 60 },
    after: (booking) => {
      deliverOutboxSoon(); // the confirmation email and notifications, right after the response
      redirect(booking.manageToken ? `${manageUrl(booking.manageToken)}?new=1` : `/account/bookings/${booking.id}?new=1`);
    },
  },
);
