import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { completeBooking } from '@/lib/booking/visit-steps';
import { Conflict, Forbidden, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { leaveReview } from '@/lib/reviews/leave-review';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const start = at('2031-01-13T10:00:00Z');
const afterTheEnd = hoursAfter(start, 5);
let slot = 0;

/** A fresh booking of the listing, by a customer or a guest, completed unless asked otherwise. */
async function bookingOf(world: Awaited<ReturnType<ReturnType<typeof givenVendor>['withRental']>>, options: { guest?: boolean; completed?: boolean } = {}) {
  const startAt = hoursAfter(start, 3 * slot++);
  const customer = await aCustomer(t.db);
  const booking = options.guest
    ? await requestBooking(t.db, { listingId: world.listing.id, startAt, endAt: hoursAfter(startAt, 2), contact: guestContact }, { kind: 'guest' }, { now: NOW })
    : await requestBooking(t.db, { listingId: world.listing.id, startAt, endAt: hoursAfter(startAt, 2) }, customer.actor, { now: NOW });
  if (options.completed !== false) await completeBooking(t.db, booking.id, world.actor, hoursAfter(startAt, 3));
  return { booking, customer: customer.actor };
}

const ratingOf = async (listingId: string) => {
  const listing = await t.db.listing.findUniqueOrThrow({ where: { id: listingId }, include: { vendor: true } });
  return { listing: [Number(listing.ratingAvg), listing.ratingCount], vendor: [Number(listing.vendor.ratingAvg), listing.vendor.ratingCount] };
};

describe('leaving a review', () => {
  it("updates the listing's and the vendor's rating at once", async () => {
    const vendor = givenVendor(t.db);
    const kayak = await vendor.withRental({ units: 3 });
    const boat = await vendor.withRental({ units: 3 });
    const first = await bookingOf(kayak);
    const second = await bookingOf(kayak);
    const third = await bookingOf(boat);

    const review = await leaveReview(t.db, { bookingId: first.booking.id, rating: 5, comment: '  Lovely morning on the lake.  ' }, first.customer, afterTheEnd);
    expect(review).toMatchObject({ rating: 5, comment: 'Lovely morning on the lake.', listingId: kayak.listing.id, createdAt: afterTheEnd });
    expect(await ratingOf(kayak.listing.id)).toEqual({ listing: [5, 1], vendor: [5, 1] });

    await leaveReview(t.db, { bookingId: second.booking.id, rating: 4 }, second.customer, afterTheEnd);
    await leaveReview(t.db, { bookingId: third.booking.id, rating: 2, comment: 'Engine trouble' }, third.customer, afterTheEnd);
    expect(await ratingOf(kayak.listing.id)).toEqual({ listing: [4.5, 2], vendor: [3.67, 3] });
    expect(await ratingOf(boat.listing.id)).toEqual({ listing: [2, 1], vendor: [3.67, 3] });
    expect(await t.db.outboxMessage.count({ where: { topic: 'review.created', bookingId: { in: [first.booking.id, second.booking.id, third.booking.id] } } })).toBe(3);
  });

  it('is only for completed bookings', async () => {
    const world = await givenVendor(t.db).withRental({ units: 2 });
    const { booking, customer } = await bookingOf(world, { completed: false });
    await expect(leaveReview(t.db, { bookingId: booking.id, rating: 5 }, customer, NOW)).rejects.toThrow(new PolicyViolation('You can leave a review once the booking is completed.'));
    expect(await t.db.review.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it('is only for the person who booked: the customer, or the guest holding its link', async () => {
    const world = await givenVendor(t.db).withRental({ units: 2 });
    const { booking } = await bookingOf(world);
    const stranger = await aCustomer(t.db);
    for (const actor of [stranger.actor, world.actor, { kind: 'guest' as const }, { kind: 'system' as const }]) {
      await expect(leaveReview(t.db, { bookingId: booking.id, rating: 1 }, actor, NOW)).rejects.toBeInstanceOf(Forbidden);
    }
    const guests = await bookingOf(world, { guest: true });
    await expect(leaveReview(t.db, { bookingId: guests.booking.id, rating: 4 }, { kind: 'guest', bookingId: booking.id }, NOW)).rejects.toBeInstanceOf(Forbidden);
    const review = await leaveReview(t.db, { bookingId: guests.booking.id, rating: 4 }, { kind: 'guest', bookingId: guests.booking.id }, NOW);
    expect(review.authorId).toBeNull();
    await expect(leaveReview(t.db, { bookingId: '00000000-0000-4000-8000-000000000000', rating: 4 }, stranger.actor, NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(leaveReview(t.db, { bookingId: 'not-a-booking', rating: 4 }, stranger.actor, NOW)).rejects.toBeInstanceOf(NotFound);
  });

  it("is never by the business's own members, booking as customers or as guests with their email", async () => {
    const world = await givenVendor(t.db).withRental({ units: 2 });
    const owner = { kind: 'customer' as const, userId: world.owner.id };
    const startAt = hoursAfter(start, 3 * slot++);
    const own = await requestBooking(t.db, { listingId: world.listing.id, startAt, endAt: hoursAfter(startAt, 2) }, owner, { now: NOW });
    const ownGuest = await requestBooking(
      t.db,
      { listingId: world.listing.id, startAt: hoursAfter(startAt, 3), endAt: hoursAfter(startAt, 4), contact: { ...guestContact, email: world.owner.email.toUpperCase() } },
      { kind: 'guest' },
      { now: NOW },
    );
    for (const booking of [own, ownGuest]) await completeBooking(t.db, booking.id, world.actor, hoursAfter(startAt, 5));

    await expect(leaveReview(t.db, { bookingId: own.id, rating: 5 }, owner, afterTheEnd)).rejects.toThrow(new Forbidden('Members of a business cannot review its own listings.'));
    await expect(leaveReview(t.db, { bookingId: ownGuest.id, rating: 5 }, { kind: 'guest', bookingId: ownGuest.id }, afterTheEnd)).rejects.toBeInstanceOf(Forbidden);
    expect(await t.db.review.count({ where: { listingId: world.listing.id } })).toBe(0);
    expect(await ratingOf(world.listing.id)).toEqual({ listing: [0, 0], vendor: [0, 0] });
  });

  it('is one per booking, even when two arrive at once', async () => {
    const world = await givenVendor(t.db).withRental({ units: 2 });
    const { booking, customer } = await bookingOf(world);
    const results = await Promise.allSettled([
      leaveReview(t.newClient(2), { bookingId: booking.id, rating: 5 }, customer, NOW),
      leaveReview(t.newClient(2), { bookingId: booking.id, rating: 1 }, customer, NOW),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((r) => r.status === 'rejected');
    expect((rejected as PromiseRejectedResult).reason).toEqual(new Conflict('You have already reviewed this booking.'));
    await expect(leaveReview(t.db, { bookingId: booking.id, rating: 3 }, customer, NOW)).rejects.toBeInstanceOf(Conflict);
    expect((await ratingOf(world.listing.id)).listing[1]).toBe(1);
  });

  it('takes a whole number of stars from 1 to 5', async () => {
    const world = await givenVendor(t.db).withRental({ units: 2 });
    const { booking, customer } = await bookingOf(world);
    for (const rating of [0, 6, 3.5, 'five']) {
      await expect(leaveReview(t.db, { bookingId: booking.id, rating }, customer, NOW)).rejects.toMatchObject({ constructor: ValidationFailed, fieldErrors: { rating: ['Choose from 1 to 5 stars'] } });
    }
    await leaveReview(t.db, { bookingId: booking.id, rating: '3' }, customer, NOW); // as a form sends it
    expect(await t.db.review.findUniqueOrThrow({ where: { bookingId: booking.id } })).toMatchObject({ rating: 3, comment: '' });
  });
});
