import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { listingTimeZone } from '@/lib/domain/listing-rules';
import { NotFound } from '@/lib/errors';
import type { BookingFormValues } from './form-schema';
import { fromLocalInput } from './local-input';

type FormValues = Omit<BookingFormValues, 'quantity'> & { quantity: number };

/** The form's values as booking-service input: its wall-clock times read in the listing's zone. */
export function toBookingRequest(values: FormValues, zone: string) {
  return {
    listingId: values.listingId,
    startAt: values.slot ? new Date(values.slot) : values.start ? fromLocalInput(values.start, zone, 'start') : undefined,
    endAt: values.end ? fromLocalInput(values.end, zone, 'end') : undefined,
    sessionId: values.sessionId,
    staffId: values.staffId,
    quantity: values.quantity,
    notes: values.notes,
    promoCode: values.promoCode,
    contact: values.contact,
  };
}

/** The same, looking up the listing's zone. */
export async function bookingRequestFromForm(db: Db, values: FormValues) {
  const listing = await db.listing.findUnique({ where: { id: values.listingId }, select: { timeZone: true, vendor: { select: { timeZone: true } } } });
  if (!listing) throw new NotFound('This listing does not exist.');
  return toBookingRequest(values, listingTimeZone(listing));
}
