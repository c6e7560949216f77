import { beforeAll, describe, expect, it } from 'vitest';
import { bookingView, findBookingById, findCustomerBooking } from '@/lib/customer/booking-view';
import { myBookings } from '@/lib/customer/my-bookings';
import { rescheduleFromForm, rescheduleOptions } from '@/lib/customer/reschedule';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { completeBooking } from '@/lib/booking/visit-steps';
import { Forbidden, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, hoursAfter } from '../support/scenario';

// The read models and form adapters behind "My bookings", the booking page and the manage page.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const monday10 = at('2031-01-13T10:00:00Z'); // 10:00 in London, a week after NOW

describe('the booking page', () => {
  it("shows only the customer's own booking", async () => {
    const { listing } = await givenVendor(t.db).withRental();
    const owner = await aCustomer(t.db);
    const stranger = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2) }, owner.actor, { now: NOW });
    expect((await findCustomerBooking(t.db, booking.id, owner.userId))?.id).toBe(booking.id);
    expect(await findCustomerBooking(t.db, booking.id, stranger.userId)).toBeNull();
    expect(await findCustomerBooking(t.db, 'nonsense', owner.userId)).toBeNull();
  });

  it('shows the policy and the refund cancelling would give now, and why a change is no longer possible', async () => {
    const { listing } = await givenVendor(t.db).withRental({ freeCancellationHours: 48, refundTiers: [{ hoursBefore: 12, refundPercent: 50 }] });
    const customer = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2) }, customer.actor, { now: NOW });
    await t.db.booking.update({ where: { id: booking.id }, data: { paidAmount: 4000 } });
    const load = async () => (await findCustomerBooking(t.db, booking.id, customer.userId))!;

    const early = bookingView(await load(), customer.actor, NOW);
    expect(early.policy).toBe('Free cancellation up to 2 days before the start. 50% refund up to 12 hours before. No refund after that; no cancellation after the start.');
    expect(early).toMatchObject({ terms: { allowed: true, refundAmount: 4000, refundPercent: 100 }, cancel: { allowed: true }, reschedule: { allowed: true } });
    expect(bookingView(await load(), customer.actor, hoursAfter(monday10, -24)).terms).toMatchObject({ refundAmount: 2000, refundPercent: 50 });
    expect(bookingView(await load(), customer.actor, hoursAfter(monday10, 1))).toMatchObject({
      cancel: { allowed: false, reason: 'Bookings cannot be cancelled after they have started.' },
      reschedule: { allowed: false, reason: 'Bookings cannot be changed after they have started.' },
      review: { allowed: false, reason: 'NOT_COMPLETED' },
    });

    await cancelBooking(t.db, booking.id, customer.actor, 'Plans changed', NOW);
    const cancelled = bookingView(await load(), customer.actor, NOW);
    expect(cancelled.cancel).toEqual({ allowed: false, reason: 'This booking is cancelled; nothing about it can change any more.' });
    expect(cancelled.booking.events.map((e) => [e.fromStatus, e.toStatus, e.actorType, e.reason])).toEqual([
      [null, 'CONFIRMED', 'CUSTOMER', null],
      ['CONFIRMED', 'CANCELLED', 'CUSTOMER', 'Plans changed'],
    ]);
  });

  it('lets the guest holding the link review a completed booking, once', async () => {
    const world = await givenVendor(t.db).withRental();
    const booking = await requestBooking(
      t.db,
      { listingId: world.listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2), contact: { name: 'Gus', email: 'gus@example.com', phone: '+44 7700 900222' } },
      { kind: 'guest' },
      { now: NOW },
    );
    await completeBooking(t.db, booking.id, world.actor, hoursAfter(monday10, 3));
    const view = bookingView((await findBookingById(t.db, booking.id))!, { kind: 'guest', bookingId: booking.id }, hoursAfter(monday10, 4));
    expect(view).toMatchObject({ review: { allowed: true }, cancel: { allowed: false }, reschedule: { allowed: false } });
  });
});

describe('rescheduling from the form', () => {
  it('reads a rental\'s new local times in the listing\'s zone, not the server\'s', async () => {
    const { listing } = await givenVendor(t.db, { timeZone: 'Asia/Bangkok', currency: 'THB' }).withRental();
    const customer = await aCustomer(t.db);
    const startAt = at('2031-01-13T03:00:00Z'); // 10:00 in Bangkok
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt, endAt: hoursAfter(startAt, 2) }, customer.actor, { now: NOW });

    const options = await rescheduleOptions(t.db, (await findCustomerBooking(t.db, booking.id, customer.userId))!, undefined, NOW);
    expect(options).toMatchObject({ kind: 'RENTAL', startLocal: '2031-01-13T10:00', endLocal: '2031-01-13T12:00' });

    const moved = await rescheduleFromForm(t.db, booking.id, { kind: 'RENTAL', startLocal: '2031-01-14T09:00', endLocal: '2031-01-14T11:00' }, customer.actor, NOW);
    expect([moved.startAt, moved.endAt]).toEqual([at('2031-01-14T02:00:00Z'), at('2031-01-14T04:00:00Z')]);
    await expect(rescheduleFromForm(t.db, booking.id, { kind: 'RENTAL', startLocal: '2031-02-30T09:00', endLocal: '2031-02-30T11:00' }, customer.actor, NOW)).rejects.toBeInstanceOf(ValidationFailed);
    await expect(rescheduleFromForm(t.db, booking.id, { kind: 'SESSION', sessionId: listing.id }, customer.actor, NOW)).rejects.toBeInstanceOf(ValidationFailed);
    const stranger = await aCustomer(t.db);
    await expect(rescheduleFromForm(t.db, booking.id, { kind: 'RENTAL', startLocal: '2031-01-15T09:00', endLocal: '2031-01-15T11:00' }, stranger.actor, NOW)).rejects.toBeInstanceOf(Forbidden);
  });

  it('offers an appointment the free times of the chosen day and moves it to one', async () => {
    const { listing } = await givenVendor(t.db).withAppointment({ staff: [{ name: 'Alex' }] });
    const customer = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, customer.actor, { now: NOW });
    const load = async () => (await findCustomerBooking(t.db, booking.id, customer.userId))!;

    const sameDay = await rescheduleOptions(t.db, await load(), undefined, NOW);
    expect(sameDay).toMatchObject({ kind: 'APPOINTMENT', date: '2031-01-13', minDate: '2031-01-06', zoneLabel: 'GMT, Europe/London', durationMinutes: 60 });
    if (sameDay.kind !== 'APPOINTMENT') throw new Error('expected appointment options');
    expect(sameDay.choices.map((c) => c.value)).not.toContain(monday10.toISOString());
    expect(sameDay.choices[0]).toEqual({ value: '2031-01-13T09:00:00.000Z', label: '09:00' });

    const tuesday = await rescheduleOptions(t.db, await load(), '2031-01-14', NOW);
    if (tuesday.kind !== 'APPOINTMENT') throw new Error('expected appointment options');
    expect(tuesday.choices).toHaveLength(15); // 09:00 to 16:00 every 30 minutes
    const moved = await rescheduleFromForm(t.db, booking.id, { kind: 'APPOINTMENT', startAt: tuesday.choices[2]!.value }, customer.actor, NOW);
    expect(moved.startAt).toEqual(at('2031-01-14T10:00:00Z'));
    expect((await rescheduleOptions(t.db, await load(), 'garbage', NOW)).kind).toBe('APPOINTMENT');
  });

  it('keeps the staff member booked: offers only their times, and moves to someone else only when the customer picks anyone', async () => {
    // Amara works from 09:00, Ben from 10:00; the customer booked Ben on Monday at 11:00.
    const week = (startMinute: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute: 17 * 60 }));
    const { listing, staff } = await givenVendor(t.db).withAppointment({ staff: [{ name: 'Amara', rules: week(9 * 60) }, { name: 'Ben', rules: week(10 * 60) }] });
    const ben = staff.find((s) => s.name === 'Ben')!;
    const customer = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 1), staffId: ben.id }, customer.actor, { now: NOW });
    const load = async () => (await findCustomerBooking(t.db, booking.id, customer.userId))!;
    const staffOf = async () => (await t.db.bookingAllocation.findFirstOrThrow({ where: { bookingId: booking.id } })).staffId;

    const withBen = await rescheduleOptions(t.db, await load(), '2031-01-14', NOW);
    if (withBen.kind !== 'APPOINTMENT') throw new Error('expected appointment options');
    expect(withBen.staff).toEqual({ name: 'Ben', anyone: false });
    expect(withBen.choices[0]).toEqual({ value: '2031-01-14T10:00:00.000Z', label: '10:00' }); // not 09:00: Ben starts at 10
    // 09:00 is Amara's only: moving there keeps Ben, so it is refused rather than silently swapping.
    await expect(rescheduleFromForm(t.db, booking.id, { kind: 'APPOINTMENT', startAt: '2031-01-14T09:00:00.000Z', staff: 'same' }, customer.actor, NOW)).rejects.toThrow(/Ben is not free/);
    expect(await staffOf()).toBe(ben.id);

    const withAnyone = await rescheduleOptions(t.db, await load(), '2031-01-14', NOW, { anyone: true });
    if (withAnyone.kind !== 'APPOINTMENT') throw new Error('expected appointment options');
    expect(withAnyone.staff).toEqual({ name: 'Ben', anyone: true });
    expect(withAnyone.choices[0]?.label).toBe('09:00');
    await rescheduleFromForm(t.db, booking.id, { kind: 'APPOINTMENT', startAt: '2031-01-14T09:00:00.000Z', staff: 'any' }, customer.actor, NOW);
    expect(await staffOf()).toBe(staff.find((s) => s.name === 'Amara')!.id);
  });

  it('moving with anyone still prefers the staff member booked when they are free', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment({ staff: [{ name: 'Amara' }, { name: 'Ben' }] });
    const ben = staff.find((s) => s.name === 'Ben')!;
    const customer = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, staffId: ben.id }, customer.actor, { now: NOW });
    await rescheduleFromForm(t.db, booking.id, { kind: 'APPOINTMENT', startAt: '2031-01-14T09:00:00.000Z', staff: 'any' }, customer.actor, NOW);
    expect((await t.db.bookingAllocation.findFirstOrThrow({ where: { bookingId: booking.id } })).staffId).toBe(ben.id);
  });

  it('offers a session booking the other sessions with enough seats', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ capacity: 4 });
    const later = await t.db.listingSession.create({ data: { listingId: listing.id, startAt: hoursAfter(session.startAt, 24), endAt: hoursAfter(session.startAt, 26), capacity: 4 } });
    await t.db.listingSession.create({ data: { listingId: listing.id, startAt: hoursAfter(session.startAt, 48), endAt: hoursAfter(session.startAt, 50), capacity: 1 } });
    const customer = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 2 }, customer.actor, { now: NOW });
    const options = await rescheduleOptions(t.db, (await findCustomerBooking(t.db, booking.id, customer.userId))!, undefined, NOW);
    expect(options).toMatchObject({ kind: 'SESSION', choices: [{ value: later.id, label: expect.stringContaining('4 seats left') }] });
    await rescheduleFromForm(t.db, booking.id, { kind: 'SESSION', sessionId: later.id }, customer.actor, NOW);
    expect(await t.db.listingSession.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ seatsTaken: 2 });
  });
});

describe('My bookings', () => {
  it('lists active bookings that are not over as upcoming, soonest first, and the rest as past, newest first', async () => {
    const { listing, actor: vendor } = await givenVendor(t.db).withRental({ units: 3 });
    const customer = await aCustomer(t.db);
    const book = (startAt: Date) => requestBooking(t.db, { listingId: listing.id, startAt, endAt: hoursAfter(startAt, 2) }, customer.actor, { now: NOW });
    const later = await book(hoursAfter(monday10, 48));
    const sooner = await book(monday10);
    const cancelled = await book(hoursAfter(monday10, 24));
    await cancelBooking(t.db, cancelled.id, customer.actor, undefined, NOW);
    const done = await book(hoursAfter(NOW, 2));
    await completeBooking(t.db, done.id, vendor, hoursAfter(NOW, 5));

    const now = hoursAfter(NOW, 6);
    const upcoming = await myBookings(t.db, customer.userId, 'upcoming', now);
    expect(upcoming.bookings.map((b) => b.id)).toEqual([sooner.id, later.id]);
    expect(upcoming).toMatchObject({ upcomingCount: 2, pastCount: 2, more: false });
    expect((await myBookings(t.db, customer.userId, 'past', now)).bookings.map((b) => b.id)).toEqual([cancelled.id, done.id]);
    expect((await myBookings(t.db, (await aCustomer(t.db)).userId, 'upcoming', now)).bookings).toEqual([]);
  });
});
