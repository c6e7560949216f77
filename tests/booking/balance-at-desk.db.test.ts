import { beforeAll, describe, expect, it } from 'vitest';
import { markPaid } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import { checkIn, checkOut, completeBooking, recordBalancePayment } from '@/lib/booking/visit-steps';
import { member, type Actor } from '@/lib/domain/actor';
import { balanceOf } from '@/lib/domain/balance';
import { Forbidden, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Seed car rental: a deposit online, the balance at pickup. The desk records the balance (cash or
// card) with who and when; check-out is refused while a balance is due unless an owner overrides.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

/** A car at 1,500 a day with a fixed 1,000 deposit online, a confirmed 3-day booking with the deposit paid, and the desk's staff member. */
async function givenCarWithDepositPaid() {
  const world = await givenVendor(t.db, { timeZone: 'Asia/Bangkok', currency: 'THB' }).withRental({
    units: 1,
    pricingUnit: 'DAY',
    priceAmount: 150_000,
    paymentMode: 'ONLINE_DEPOSIT',
    depositType: 'FIXED',
    depositValue: 100_000,
  });
  const startAt = at('2031-01-06T03:00:00Z'); // 10:00 in Bangkok
  const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt, endAt: hoursAfter(startAt, 72), contact: guestContact }, { kind: 'guest' }, { now: at('2031-01-05T03:00:00Z') });
  await markPaid(t.db, booking.id, { amount: booking.depositAmount, provider: 'TEST', providerRef: `dep_${booking.id}` });
  const desk = await t.db.user.create({ data: { email: `desk-${booking.id}@example.com`, name: 'Dara Desk' } });
  await t.db.vendorMember.create({ data: { vendorId: world.vendor.id, userId: desk.id, role: 'STAFF' } });
  return { ...world, booking: await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { listing: true } }), staff: member(desk.id, world.vendor.id, 'STAFF') as Actor, deskUserId: desk.id };
}

describe('deposit online, balance at the desk', () => {
  it('shows deposit paid, balance due, then balance paid once the desk takes it at check-in', async () => {
    const { booking, staff, deskUserId } = await givenCarWithDepositPaid();
    expect(booking.status).toBe('CONFIRMED');
    expect(balanceOf(booking)).toEqual({ depositPaid: 100_000, balanceDue: 350_000, balancePaid: 0 });

    await checkIn(t.db, booking.id, staff, NOW, { balancePaidWith: 'CASH' });
    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { listing: true, payments: { orderBy: { createdAt: 'asc' } } } });
    expect(after).toMatchObject({ status: 'CHECKED_IN', paidAmount: 450_000, balancePaymentMethod: 'CASH', balancePaidById: deskUserId, balancePaidAt: NOW, checkedInAt: NOW });
    expect(balanceOf(after)).toEqual({ depositPaid: 100_000, balanceDue: 0, balancePaid: 350_000 });
    expect(after.payments.at(-1)).toMatchObject({ provider: 'MANUAL', kind: 'CHARGE', amount: 350_000, recordedById: deskUserId });
    expect(await t.db.webhookEvent.count({ where: { type: 'payment.succeeded', vendorId: booking.vendorId } })).toBe(2); // the deposit, then the balance

    await checkOut(t.db, booking.id, staff, hoursAfter(NOW, 70));
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ status: 'COMPLETED', checkOutOverrideReason: null });
  });

  it('refuses check-out while a balance is due; staff cannot override, an owner can with a reason', async () => {
    const { booking, staff, actor: owner, owner: ownerUser } = await givenCarWithDepositPaid();
    await checkIn(t.db, booking.id, staff, NOW);
    const later = hoursAfter(NOW, 70);
    await expect(checkOut(t.db, booking.id, staff, later)).rejects.toThrow(PolicyViolation);
    await expect(checkOut(t.db, booking.id, staff, later)).rejects.toThrow(/3,500\.00 is still due/);
    await expect(completeBooking(t.db, booking.id, staff, later)).rejects.toThrow(PolicyViolation);
    await expect(checkOut(t.db, booking.id, staff, later, { reason: 'Will pay tomorrow' })).rejects.toThrow(Forbidden);
    await expect(checkOut(t.db, booking.id, owner, later, { reason: ' ' })).rejects.toThrow(ValidationFailed);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe('CHECKED_IN');

    await checkOut(t.db, booking.id, owner, later, { reason: 'Regular customer, pays by transfer on Monday' });
    const after = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id }, include: { events: true } });
    expect(after).toMatchObject({ status: 'COMPLETED', checkOutOverrideById: ownerUser.id, checkOutOverrideReason: 'Regular customer, pays by transfer on Monday', paidAmount: 100_000 });
    expect(after.events.at(-1)).toMatchObject({ toStatus: 'COMPLETED', internalNote: 'Regular customer, pays by transfer on Monday' });
  });

  it('takes the balance after check-in too (card), once: then check-out is allowed', async () => {
    const { booking, staff, deskUserId } = await givenCarWithDepositPaid();
    await checkIn(t.db, booking.id, staff, NOW);
    await recordBalancePayment(t.db, booking.id, staff, 'CARD', hoursAfter(NOW, 1));
    expect(await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } })).toMatchObject({ paidAmount: 450_000, balancePaymentMethod: 'CARD', balancePaidById: deskUserId, balancePaidAt: hoursAfter(NOW, 1) });
    await expect(recordBalancePayment(t.db, booking.id, staff, 'CASH', hoursAfter(NOW, 2))).rejects.toThrow(/Nothing is left to pay/);
    const events = await t.db.bookingEvent.findMany({ where: { bookingId: booking.id }, orderBy: { createdAt: 'asc' } });
    expect(events.at(-1)).toMatchObject({ fromStatus: 'CHECKED_IN', toStatus: 'CHECKED_IN', actorId: deskUserId, data: { kind: 'balance_paid', amount: 350_000, method: 'CARD' } });
    await expect(checkOut(t.db, booking.id, staff, hoursAfter(NOW, 70))).resolves.toMatchObject({ status: 'COMPLETED' });
  });

  it('another business cannot record a balance', async () => {
    const { booking } = await givenCarWithDepositPaid();
    const other = await givenVendor(t.db).ready;
    await expect(recordBalancePayment(t.db, booking.id, other.actor, 'CASH', NOW)).rejects.toThrow(Forbidden);
  });
});
