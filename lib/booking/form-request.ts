import { localTimeToInstant, parseClockTime } from '@/lib/domain/time';
import type { BookingFormValues } from './form-schema';

/** A local 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' in `zone` as an instant. */
export function localInputToInstant(value: string, zone: string): Date {
  const [date, time] = value.split('T');
  return localTimeToInstant(date!, time ? parseClockTime(time) : 0, zone);
}

/** The form's values as booking-service input. */
export function toBookingRequest(values: BookingFormValues, zone: string) {
  return {
    listingId: values.listingId,
    startAt: values.slot ? new Date(values.slot) : values.start ? localInputToInstant(values.start, zone) : undefined,
    endAt: values.end ? localInputToInstant(values.end, zone) : undefined,
    sessionId: values.sessionId,
    staffId: values.staffId,
    quantity: values.quantity,
    notes: values.notes,
    contact: values.contact,
  };
}
