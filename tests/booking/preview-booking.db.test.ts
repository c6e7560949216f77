import { beforeAll, describe, expect, it } from 'vitest';
import { addToCart } from '@/lib/cart/add-to-cart';
import { previewBooking } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// The live preview on a listing page says what booking (or adding to the cart) would say: one check.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const monday10 = at('2031-01-13T10:00:00Z'); // Monday a week after NOW, 10:00 in London

describe('previewing a booking', () => {
  it('quotes a free rental and counts the free units', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2, priceAmount: 1500 });
    const preview = await previewBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2), quantity: 1 }, NOW);
    expect(preview).toMatchObject({ available: 2, problem: null, quote: { balanceDue: 3000, billableUnits: { count: 2, unit: 'HOUR' } } });
  });

  it('still quotes a taken rental, and says what the cart would say', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 1 });
    const range = { startAt: monday10, endAt: hoursAfter(monday10, 2) };
    await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    const preview = await previewBooking(t.db, { listingId: listing.id, ...range, quantity: 1 }, NOW);
    expect(preview).toMatchObject({ available: 0, problem: 'Nothing is free for these dates. Try other dates.' });
    expect(preview.quote).not.toBeNull();
    const { userId } = await aCustomer(t.db);
    await expect(addToCart(t.db, { kind: 'USER', userId }, { listingId: listing.id, ...range, quantity: 1 }, NOW)).rejects.toThrow(preview.problem!);
  });

  it('counts seats left in the chosen session and refuses more than the listing allows', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ capacity: 3, maxQuantityPerBooking: 2 });
    expect(await previewBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 2 }, NOW)).toMatchObject({ available: 3, problem: null });
    expect(await previewBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 3 }, NOW)).toMatchObject({ problem: 'You can book at most 2 at a time.' });
  });

  it('says an appointment time is taken, as the booking would (it used to quote it as free)', async () => {
    const { listing } = await givenVendor(t.db).withAppointment({ staff: [{ name: 'Ben' }] });
    await requestBooking(t.db, { listingId: listing.id, startAt: monday10, contact: guestContact }, { kind: 'guest' }, { now: NOW });
    const preview = await previewBooking(t.db, { listingId: listing.id, startAt: monday10, quantity: 1 }, NOW);
    expect(preview.problem).toBe('This time is not available. Please choose another slot.');
    expect(preview.quote).not.toBeNull();
    expect((await previewBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 1), quantity: 1 }, NOW)).problem).toBeNull();
  });

  it('answers nothing until a time or session is chosen, and refuses an unknown session', async () => {
    const rental = await givenVendor(t.db).withRental();
    expect(await previewBooking(t.db, { listingId: rental.listing.id, quantity: 1 }, NOW)).toEqual({ quote: null, available: null, problem: null });
    const tour = await givenVendor(t.db).withSession();
    await expect(previewBooking(t.db, { listingId: tour.listing.id, sessionId: rental.listing.id, quantity: 1 }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
