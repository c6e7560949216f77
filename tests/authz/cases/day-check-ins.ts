import type { ActionCase } from '../matrix';

// Daily check-ins: members (owner or staff) of the booking's business; anyone else finds no booking.

export const cases: ActionCase[] = [
  {
    module: 'lib/actions/business/day-check-ins.ts',
    action: 'recordDayCheckInAction',
    allow: ['ownerA', 'staffA'],
    input: async (w) => {
      const listing = await w.rentalListing(w.vendorA.id);
      const booking = await w.booking(listing.id, 'CONFIRMED', { startsInHours: -0.5 });
      return { bookingId: booking.id };
    },
  },
];
