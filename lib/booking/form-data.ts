// The booking form's fields as the form posts them (plain HTML names, `contact.name` …), turned into
// the shape bookingFormSchema reads. Client-safe and dependency-free: the browser uses it for the live
// quote, the server action for the booking (the form also works before the JavaScript has loaded).

export type BookingFormFields = {
  listingId?: string;
  start?: string;
  end?: string;
  sessionId?: string;
  slot?: string;
  staffId?: string;
  quantity?: string;
  notes?: string;
  promoCode?: string;
  contact?: { name?: string; email?: string; phone?: string };
};

export function bookingFormFields(data: FormData): BookingFormFields {
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    listingId: text('listingId'),
    start: text('start'),
    end: text('end'),
    sessionId: text('sessionId'),
    slot: text('slot'),
    staffId: text('staffId'),
    quantity: text('quantity') ?? '1',
    notes: text('notes'),
    promoCode: text('promoCode') || undefined,
    contact: data.has('contact.name') ? { name: text('contact.name'), email: text('contact.email'), phone: text('contact.phone') } : undefined,
  };
}
