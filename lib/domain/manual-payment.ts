// Manual payment (bank transfer): what the customer is told to pay, to whom, with which reference
// and by when. One place, used by the booking page and the emails.

export const REFERENCE_PLACEHOLDER = '{reference}';

/** The payment reference the customer quotes: the business's format with the booking reference filled in. */
export function paymentReference(format: string | null | undefined, bookingReference: string): string {
  const template = format?.trim() || REFERENCE_PLACEHOLDER;
  return template.includes(REFERENCE_PLACEHOLDER) ? template.replaceAll(REFERENCE_PLACEHOLDER, bookingReference) : `${template} ${bookingReference}`;
}

export type ManualPaymentTerms = {
  /** Bank details and any other instructions, as the business wrote them. */
  instructions: string | null;
  reference: string;
  amountDue: number;
  deadline: Date | null;
};

/** What a customer must do to pay an unpaid manual-payment booking; null when nothing is due that way. */
export function manualPaymentTerms(booking: {
  reference: string;
  status: string;
  totalAmount: number;
  paidAmount: number;
  holdExpiresAt: Date | null;
  listing: { paymentMode: string };
  vendor: { manualPaymentInstructions: string | null; manualPaymentReferenceFormat: string };
}): ManualPaymentTerms | null {
  if (booking.listing.paymentMode !== 'MANUAL' || booking.status !== 'AWAITING_PAYMENT') return null;
  const amountDue = booking.totalAmount - booking.paidAmount;
  if (amountDue <= 0) return null;
  return {
    instructions: booking.vendor.manualPaymentInstructions?.trim() || null,
    reference: paymentReference(booking.vendor.manualPaymentReferenceFormat, booking.reference),
    amountDue,
    deadline: booking.holdExpiresAt,
  };
}
