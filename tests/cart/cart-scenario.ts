import type { Db } from '@/lib/db/prisma';
import { guestOwner, newCartToken, userOwner, type CartOwner } from '@/lib/cart/owner';
import type { Actor } from '@/lib/domain/actor';
import { aCustomer, at, givenVendor, hoursAfter } from '../support/scenario';

// Cart test vocabulary: three things to book (a rental, a tour seat, an appointment) and the two
// kinds of shopper.

/** Monday 13 January 2031, a week after NOW, 10:00 in London. */
export const monday10 = at('2031-01-13T10:00:00Z');

export async function aShop(db: Db, options: { seats?: number; units?: number } = {}) {
  const vendor = givenVendor(db);
  const rental = await vendor.withRental({ units: options.units ?? 2, title: 'Scooter', priceAmount: 1500 });
  const tour = await vendor.withSession({ capacity: options.seats ?? 10, title: 'Sunset kayak tour', priceAmount: 3900, paymentMode: 'ONLINE_FULL' });
  const massage = await vendor.withAppointment({ title: 'Relaxing massage', priceAmount: 7000 });
  return {
    rental: rental.listing,
    tour: tour.listing,
    session: tour.session,
    massage: massage.listing,
    staff: massage.staff,
    /** Cart item inputs, one per kind. */
    items: {
      scooter: { listingId: rental.listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2) },
      kayak: { listingId: tour.listing.id, sessionId: tour.session.id, quantity: 2 },
      massage: { listingId: massage.listing.id, startAt: hoursAfter(monday10, 4) },
    },
  };
}

export function aGuest(): { owner: CartOwner; actor: Actor; token: string } {
  const token = newCartToken();
  return { owner: guestOwner(token), actor: { kind: 'guest' }, token };
}

export async function aShopper(db: Db): Promise<{ owner: CartOwner; actor: Actor; userId: string }> {
  const { actor, userId } = await aCustomer(db);
  return { owner: userOwner(userId), actor, userId };
}
