import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { PolicyViolation, SlotUnavailable, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, expectBooking, givenVendor, guestContact, hoursAfter, minutesAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const monday10 = at('2031-01-13T10:00:00Z'); // Monday a week after NOW, 10:00 in London

describe('renting units', () => {
  it('confirms an instant booking with nothing to pay online, with a price snapshot, an event and an outbox message', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2, priceAmount: 1500, taxRateBps: 2000 });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 3) }, actor, { now: NOW });

    expect(booking.reference).toMatch(/^BK-[2-9A-HJKMNP-Z]{6}$/);
    expect(booking.totalAmount).toBe(5400); // 3 h × £15 + 20 % tax
    expect(booking.holdExpiresAt).toBeNull();
    const check = (await expectBooking(t.db, booking.id)).toBe('CONFIRMED').toHaveEvents('CONFIRMED');
    await check.toHaveOutboxTopics('booking.confirmed');
    expect(check.booking.allocations).toHaveLength(1);
    expect(check.booking.contactName).toBe('Cora Customer');
  });

  it('holds an instant booking that is paid online for 30 minutes, awaiting payment', async () => {
    const { listing } = await givenVendor(t.db).withRental({ paymentMode: 'ONLINE_FULL' });
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    expect(booking.status).toBe('AWAITING_PAYMENT');
    expect(booking.holdExpiresAt).toEqual(minutesAfter(NOW, 30));
    expect(booking.depositAmount).toBe(booking.totalAmount);
    expect(booking.customerId).toBeNull();
  });

  it('sends a request-to-book listing to the vendor, holding the unit until the request expires', async () => {
    const { listing } = await givenVendor(t.db).withRental({ bookingMode: 'REQUEST', requestExpiryHours: 24 });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, actor, { now: NOW });
    expect(booking.status).toBe('REQUESTED');
    expect(booking.holdExpiresAt).toEqual(hoursAfter(NOW, 24));
  });

  it('takes several units at once and refuses more than are free', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 3 });
    const { actor } = await aCustomer(t.db);
    const range = { startAt: monday10, endAt: hoursAfter(monday10, 2) };
    const first = await requestBooking(t.db, { listingId: listing.id, ...range, quantity: 2 }, actor, { now: NOW });
    expect((await expectBooking(t.db, first.id)).booking.allocations).toHaveLength(2);

    await expect(requestBooking(t.db, { listingId: listing.id, ...range, quantity: 2 }, actor, { now: NOW })).rejects.toThrow(
      new SlotUnavailable('Only 1 left for these dates.'),
    );
    await requestBooking(t.db, { listingId: listing.id, ...range, quantity: 1 }, actor, { now: NOW });
    await expect(requestBooking(t.db, { listingId: listing.id, ...range }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(2);
  });

  it('never allocates an inactive unit', async () => {
    const { listing, units } = await givenVendor(t.db).withRental({ units: 2 });
    await t.db.rentalUnit.update({ where: { id: units[0]!.id }, data: { active: false } });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, actor, { now: NOW });
    expect((await expectBooking(t.db, booking.id)).booking.allocations[0]!.unitId).toBe(units[1]!.id);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
  });

  it('frees a lapsed hold inside the booking transaction, even when no sweeper ran', async () => {
    const { listing } = await givenVendor(t.db).withRental({ paymentMode: 'ONLINE_FULL' });
    const range = { startAt: monday10, endAt: hoursAfter(monday10, 1) };
    const unpaid = await requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW });

    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, ...range }, actor, { now: minutesAfter(NOW, 29) })).rejects.toBeInstanceOf(SlotUnavailable);
    const later = await requestBooking(t.db, { listingId: listing.id, ...range }, actor, { now: minutesAfter(NOW, 31) });

    expect(later.status).toBe('AWAITING_PAYMENT');
    (await expectBooking(t.db, unpaid.id)).toBe('EXPIRED').toHaveEvents('AWAITING_PAYMENT', 'EXPIRED');
  });

  it('explains policy violations and changes nothing', async () => {
    const { listing } = await givenVendor(t.db).withRental({ minDurationMinutes: 120, leadTimeMinutes: 60 });
    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 1) }, actor, { now: NOW })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(NOW, -2), endAt: hoursAfter(NOW, 1) }, actor, { now: NOW })).rejects.toThrow(/past/i);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: minutesAfter(NOW, 30), endAt: hoursAfter(NOW, 3) }, actor, { now: NOW })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: monday10 }, actor, { now: NOW })).rejects.toBeInstanceOf(ValidationFailed);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(0);
  });

  it('refuses unpublished listings, suspended vendors and guests without contact details', async () => {
    const given = givenVendor(t.db);
    const { listing, vendor } = await given.withRental();
    const range = { startAt: monday10, endAt: hoursAfter(monday10, 1) };
    await expect(requestBooking(t.db, { listingId: listing.id, ...range }, { kind: 'guest' }, { now: NOW })).rejects.toThrow(/name, email and phone/);
    await expect(
      requestBooking(t.db, { listingId: listing.id, ...range, contact: { ...guestContact, phone: '' } }, { kind: 'guest' }, { now: NOW }),
    ).rejects.toBeInstanceOf(ValidationFailed);

    await t.db.listing.update({ where: { id: listing.id }, data: { status: 'UNPUBLISHED' } });
    await expect(requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW })).rejects.toBeInstanceOf(PolicyViolation);
    await t.db.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED' } });
    await t.db.vendor.update({ where: { id: vendor.id }, data: { status: 'SUSPENDED', suspendedAt: NOW } });
    await expect(requestBooking(t.db, { listingId: listing.id, ...range, contact: guestContact }, { kind: 'guest' }, { now: NOW })).rejects.toBeInstanceOf(PolicyViolation);
    expect(await t.db.booking.count({ where: { listingId: listing.id } })).toBe(0);
  });
});

describe('seats in sessions', () => {
  it('takes seats and refuses more than are left', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ capacity: 5, priceAmount: 3900 });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 3 }, actor, { now: NOW });
    expect(booking.startAt).toEqual(session.startAt);
    expect(booking.totalAmount).toBe(3 * 3900);
    await expect(requestBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 3 }, actor, { now: NOW })).rejects.toThrow(
      new SlotUnavailable('Only 2 seats left in this session.'),
    );
    await requestBooking(t.db, { listingId: listing.id, sessionId: session.id, quantity: 2 }, actor, { now: NOW });
    await expect(requestBooking(t.db, { listingId: listing.id, sessionId: session.id }, actor, { now: NOW })).rejects.toThrow(
      new SlotUnavailable('This session is sold out.'),
    );
    expect((await t.db.listingSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(5);
  });

  it('refuses a cancelled or already started session', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ startAt: hoursAfter(NOW, 1) });
    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, sessionId: session.id }, actor, { now: hoursAfter(NOW, 2) })).rejects.toBeInstanceOf(PolicyViolation);
    await t.db.listingSession.update({ where: { id: session.id }, data: { status: 'CANCELLED' } });
    await expect(requestBooking(t.db, { listingId: listing.id, sessionId: session.id }, actor, { now: NOW })).rejects.toThrow(/cancelled/);
  });
});

describe('appointments with staff', () => {
  it('books a slot inside working hours, holding the staff member for the buffers too', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment({ bufferAfterMinutes: 15, priceAmount: 4500 });
    const { actor } = await aCustomer(t.db);
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, actor, { now: NOW });
    expect(booking.endAt).toEqual(hoursAfter(monday10, 1));
    const [allocation] = (await expectBooking(t.db, booking.id)).booking.allocations;
    expect(allocation).toMatchObject({ staffId: staff[0]!.id, startAt: monday10, endAt: minutesAfter(monday10, 75) });

    // 11:00 would end inside the 15-minute buffer after the first booking.
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 1) }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await requestBooking(t.db, { listingId: listing.id, startAt: minutesAfter(monday10, 90) }, actor, { now: NOW });
  });

  it('refuses a time outside working hours or off the slot grid', async () => {
    const { listing } = await givenVendor(t.db).withAppointment();
    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-13T08:00:00Z') }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-13T10:10:00Z') }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-12T10:00:00Z') }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable); // Sunday
  });

  it('gives "any staff" to whoever is free, and never books inactive staff', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment({ staff: [{ name: 'Amara' }, { name: 'Ben' }] });
    const { actor } = await aCustomer(t.db);
    const first = await requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, actor, { now: NOW });
    const second = await requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, actor, { now: NOW });
    const staffOf = async (id: string) => (await expectBooking(t.db, id)).booking.allocations[0]!.staffId;
    expect(new Set([await staffOf(first.id), await staffOf(second.id)])).toEqual(new Set(staff.map((s) => s.id)));
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);

    await t.db.staffMember.update({ where: { id: staff[0]!.id }, data: { active: false } });
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 2), staffId: staff[0]!.id }, actor, { now: NOW })).rejects.toBeInstanceOf(PolicyViolation);
  });

  it('respects external busy times and time off', async () => {
    const { listing, staff } = await givenVendor(t.db).withAppointment();
    const calendar = await t.db.externalCalendar.create({ data: { staffId: staff[0]!.id, name: 'Google', url: 'https://example.com/cal.ics' } });
    await t.db.externalBusyBlock.create({ data: { calendarId: calendar.id, staffId: staff[0]!.id, uid: 'evt-1', startAt: monday10, endAt: hoursAfter(monday10, 1) } });
    await t.db.staffTimeOff.create({ data: { staffId: staff[0]!.id, startAt: at('2031-01-14T00:00:00Z'), endAt: at('2031-01-15T00:00:00Z') } });
    const { actor } = await aCustomer(t.db);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: monday10 }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(requestBooking(t.db, { listingId: listing.id, startAt: at('2031-01-14T10:00:00Z') }, actor, { now: NOW })).rejects.toBeInstanceOf(SlotUnavailable);
    await requestBooking(t.db, { listingId: listing.id, startAt: hoursAfter(monday10, 1) }, actor, { now: NOW });
  });
});
