import { fromLocalInput } from './local-input';
import type { BookingFormValues } from './form-schema';

/** The form's values as booking-service input. */
export function toBookingRequest(values: BookingFormValues, zone: string) {
  return {
    listingId: values.listingId,
    startAt: values.slot ? new Date(values.slot) : values.start ? fromLocalInput(values.start, zone, 'start') : undefined,
    endAt: values.end ? fromLocalInput(values.end, zone, 'end') : undefined,
    sessionId: values.sessionId,
    staffId: values.staffId,
    quantity: values.quantity,
    notes: values.notes,
    contact: values.contact,
  };
}
