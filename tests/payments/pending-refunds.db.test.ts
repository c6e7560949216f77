import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import type { Actor } from '@/lib/domain/actor';
import { ValidationFailed } from '@/lib/errors';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { refundHandler } from '@/lib/payments/refund-handler';
import { issueManualRefund } from '@/lib/payments/refunds';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, expectBooking, hoursAfter } from '../support/scenario';
import { SECRET, deliver, givenBookingAwaitingPayment, sessionCompleted, start, stripeConfig } from './payment-scenario';
import { startFakeStripe } from './fake-stripe';

// Issue 17, point 5: a refund decided but not issued yet is money already promised back; and a
// staff member cancelling for the business refunds by the listing's policy, not beyond it.

let t: TestDatabase;
let fake: Awaited<ReturnType<typeof startFakeStripe>>;
let stripeDown = false;
beforeAll(async () => {
  t = await useTestDatabase();
  let refunds = 0;
  fake = await startFakeStripe((request) => {
    if (request.path !== '/v1/refunds') return { status: 404, body: { error: { type: 'invalid_request_error', message: 'No fake' } } };
    if (stripeDown) return { status: 400, body: { error: { type: 'invalid_request_error', message: 'Try again later' } } };
    refunds += 1;
    return { body: { id: `re_fake_${refunds}`, object: 'refund', status: 'succeeded', amount: Number(request.form.get('amount')) } };
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  stripeDown = false;
  fake.requests.length = 0;
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_fake');
  vi.stubEnv('STRIPE_WEBHOOK_SECRET', SECRET);
  vi.stubEnv('STRIPE_API_BASE', fake.apiBase);
});

async function paidOnline() {
  const world = await givenBookingAwaitingPayment(t.db, { freeCancellationHours: 24, refundTiers: [{ hoursBefore: 6, refundPercent: 50 }] });
  await deliver(t.db, sessionCompleted(world.booking, `pi_pending_${world.booking.id.slice(-12)}`), { config: stripeConfig(fake.apiBase) });
  const paid = (await expectBooking(t.db, world.booking.id)).toBe('CONFIRMED').booking.paidAmount;
  expect(paid).toBeGreaterThan(0);
  return { ...world, paid };
}

const deliverRefunds = (hours = 1) => processOutbox(t.db, { handlers: [refundHandler], now: hoursAfter(NOW, hours) });
const refundRows = (bookingId: string) => t.db.payment.findMany({ where: { bookingId, kind: 'REFUND' }, orderBy: { createdAt: 'asc' } });

describe('refunds still on their way count against what is refundable', () => {
  it('refuses a second refund by hand while the first is waiting to be issued', async () => {
    const { booking, actor, paid } = await paidOnline();
    await issueManualRefund(t.db, booking.id, actor, { amount: paid, reason: 'Storm warning' });
    await expect(issueManualRefund(t.db, booking.id, actor, { amount: 1, reason: 'Again' })).rejects.toThrow(/At most £0\.00.*on its way back/);

    await deliverRefunds();
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(paid);
    expect(await refundRows(booking.id)).toMatchObject([{ provider: 'STRIPE', status: 'SUCCEEDED', amount: paid }]);
  });

  it('never records cash back for money the provider is still refunding (no double refund)', async () => {
    const { booking, actor, paid } = await paidOnline();
    await issueManualRefund(t.db, booking.id, actor, { amount: paid, reason: 'Storm warning' });
    stripeDown = true; // the provider fails: the online refund stays PENDING and is retried
    await deliverRefunds();
    expect(await refundRows(booking.id)).toMatchObject([{ provider: 'STRIPE', status: 'PENDING', amount: paid }]);

    const again = issueManualRefund(t.db, booking.id, actor, { amount: paid, reason: 'Cash at the desk' });
    await expect(again).rejects.toBeInstanceOf(ValidationFailed);
    await expect(again).rejects.toThrow(/At most £0\.00/);

    stripeDown = false;
    await deliverRefunds(2);
    const check = (await expectBooking(t.db, booking.id)).booking;
    expect(check.refundedAmount).toBe(paid);
    expect(await refundRows(booking.id)).toMatchObject([{ provider: 'STRIPE', status: 'SUCCEEDED', amount: paid }]);
  });

  it('leaves what is not promised refundable: part by hand while part is pending', async () => {
    const { booking, actor, paid } = await paidOnline();
    await issueManualRefund(t.db, booking.id, actor, { amount: 1000, reason: 'Late start' });
    await expect(issueManualRefund(t.db, booking.id, actor, { amount: paid - 999, reason: 'Too much' })).rejects.toBeInstanceOf(ValidationFailed);
    await issueManualRefund(t.db, booking.id, actor, { amount: paid - 1000, reason: 'The rest' });
    await deliverRefunds();
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(paid);
    expect((await refundRows(booking.id)).map((r) => r.amount).sort((a, b) => a - b)).toEqual([1000, paid - 1000].sort((a, b) => a - b));
  });

  it('refuses a refund by hand after a cancellation already refunds everything', async () => {
    const { booking, actor, paid } = await paidOnline();
    await cancelBooking(t.db, booking.id, actor, 'Boat broken', hoursAfter(NOW, 1));
    await expect(issueManualRefund(t.db, booking.id, actor, { amount: 1, reason: 'Goodwill' })).rejects.toThrow(/on its way back/);
    await deliverRefunds();
    expect((await expectBooking(t.db, booking.id)).toBe('CANCELLED').booking.refundedAmount).toBe(paid);
  });

  it('a cancellation after a pending refund by hand refunds only the rest', async () => {
    const { booking, actor, paid } = await paidOnline();
    await issueManualRefund(t.db, booking.id, actor, { amount: 1000, reason: 'Late start' });
    await cancelBooking(t.db, booking.id, actor, 'Boat broken', hoursAfter(NOW, 1));
    const cancelled = (await expectBooking(t.db, booking.id)).booking.events.at(-1)!;
    expect(cancelled.data).toMatchObject({ refundAmount: paid - 1000, refundPercent: 100 });
    await deliverRefunds();
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(paid);
  });
});

describe('the business cancel follows the money rule of refunds', () => {
  async function staffOf(vendorId: string): Promise<Actor> {
    const user = await t.db.user.create({ data: { email: `staff-${vendorId.slice(-8)}-${Math.random().toString(36).slice(2)}@example.com`, name: 'Sam Staff' } });
    await t.db.vendorMember.create({ data: { vendorId, userId: user.id, role: 'STAFF' } });
    return { kind: 'member', userId: user.id, vendorId, role: 'STAFF' };
  }
  const refundOfLastEvent = async (bookingId: string) => (await expectBooking(t.db, bookingId)).toBe('CANCELLED').booking.events.at(-1)!.data;

  it('a staff member cancelling refunds what the policy gives now, not a full refund', async () => {
    const { booking, vendor, paid } = await paidOnline();
    const staff = await staffOf(vendor.id);
    await cancelBooking(t.db, booking.id, staff, 'Double-booked by phone', hoursAfter(start, -12)); // 12 h before: the 50 % tier
    expect(await refundOfLastEvent(booking.id)).toMatchObject({ refundPercent: 50, refundAmount: Math.round(paid / 2) });
    await deliverRefunds(70);
    expect((await expectBooking(t.db, booking.id)).booking.refundedAmount).toBe(Math.round(paid / 2));
  });

  it('a staff member may still cancel after the start, refunding nothing; an owner refunds in full', async () => {
    const late = await paidOnline();
    await cancelBooking(t.db, late.booking.id, await staffOf(late.vendor.id), 'No-show', hoursAfter(start, 1));
    expect(await refundOfLastEvent(late.booking.id)).toMatchObject({ refundPercent: 0, refundAmount: 0 });

    const owned = await paidOnline();
    await cancelBooking(t.db, owned.booking.id, owned.actor, 'Boat broken', hoursAfter(start, -1));
    expect(await refundOfLastEvent(owned.booking.id)).toMatchObject({ refundPercent: 100, refundAmount: owned.paid });
  });
});
