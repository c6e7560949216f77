'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { addToCartAction } from '@/lib/actions/cart';
import { bookingFormFields } from '@/lib/booking/form-data';
import { bookingRequestFromForm } from '@/lib/booking/form-request';
import { bookingFormSchema, previewFormSchema } from '@/lib/booking/form-schema';
import { previewBooking } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { prisma } from '@/lib/db/prisma';
import type { ActionResult } from '@/lib/http/action-result';
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

/** What the booking form shows after a submit: nothing yet, an error, or "added to your cart". */
export type BookingFormState = ActionResult<'cart'> | null;

/**
 * The booking form as a plain HTML form (it works before the JavaScript has loaded): "Book" books
 * (and opens the booking's page), "Add to cart" adds without contact details. Field errors are keyed
 * by the form's own names (`contact.email`), so each shows beside its field.
 */
export async function bookingFormAction(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const toCart = formData.get('intent') === 'cart';
  const fields = bookingFormFields(formData);
  const input = toCart ? { ...fields, contact: undefined } : fields;
  const parsed = bookingFormSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'VALIDATION_FAILED', message: 'Please correct the highlighted fields.', fieldErrors: errorsByField(parsed.error) };
  const result = toCart ? await addToCartAction(input) : await bookAction(input);
  if (result.ok) return { ok: true, data: 'cart' };
  // Someone else was faster: say so plainly (the form reloads the calendar and pickers).
  return result.code === 'SLOT_UNAVAILABLE' ? { ...result, message: `Sorry, this was just taken. ${result.message}` } : result;
}

function errorsByField(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join('.')] ??= []).push(issue.message);
  return errors;
}
