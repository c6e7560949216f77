import type { MatrixCase, World } from '../matrix';

// Calendars out: a booking's "Add to calendar" file is its own customer's only.

const confirmedBookingOfCustomer = async (w: World) => {
  const listing = await w.rentalListing(w.vendorA.id);
  const booking = await w.booking(listing.id, 'CONFIRMED');
  await w.db.booking.update({ where: { id: booking.id }, data: { customerId: w.users.customer.id } });
  return booking;
};

export const cases: MatrixCase[] = [
  {
    route: 'app/account/bookings/[id]/calendar.ics/route.ts',
    method: 'GET',
    allow: ['customer'],
    request: async (w) => {
      const booking = await confirmedBookingOfCustomer(w);
      return { request: new Request(`http://localhost/account/bookings/${booking.id}/calendar.ics`), params: { id: booking.id } };
    },
  },
];
