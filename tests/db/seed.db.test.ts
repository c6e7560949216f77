import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@/lib/seed/seed-demo-data';
import { verifyPassword } from '@/lib/auth/password';
import { useTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function counts() {
  const db = t.db;
  return {
    users: await db.user.count(),
    vendors: await db.vendor.count(),
    members: await db.vendorMember.count(),
    categories: await db.category.count(),
    listings: await db.listing.count(),
    images: await db.listingImage.count(),
    units: await db.rentalUnit.count(),
    sessions: await db.listingSession.count(),
    staff: await db.staffMember.count(),
    rules: await db.availabilityRule.count(),
    bookings: await db.booking.count(),
    allocations: await db.bookingAllocation.count(),
    events: await db.bookingEvent.count(),
    payments: await db.payment.count(),
    reviews: await db.review.count(),
    promoCodes: await db.promoCode.count(),
    dayCheckIns: await db.bookingDayCheckIn.count(),
  };
}

describe('demo seed', () => {
  it('creates every kind of business, and running it again changes nothing', { timeout: 120_000 }, async () => {
    const now = new Date();
    const { accounts } = await seedDemoData(t.db, now);
    const first = await counts();
    expect(first.vendors).toBe(5);
    expect(first.listings).toBeGreaterThanOrEqual(15);
    expect(new Set((await t.db.listing.findMany({ select: { kind: true } })).map((l) => l.kind))).toEqual(new Set(['RENTAL', 'SESSION', 'APPOINTMENT']));
    expect(first.sessions).toBeGreaterThan(0);
    expect(first.staff).toBe(5); // three stylists, a coach and a guide
    expect(first.bookings).toBeGreaterThanOrEqual(8);
    const statuses = new Set((await t.db.booking.findMany({ select: { status: true } })).map((b) => b.status));
    for (const status of ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED'] as const) expect(statuses).toContain(status);

    // Harbour Works (cowork@) shows a monthly desk with days used and daily check-ins, and a promo code.
    const desk = await t.db.booking.findUniqueOrThrow({ where: { reference: 'BK-DESK01' }, include: { dayCheckIns: true, promoCode: true, vendor: { include: { members: { include: { user: true } } } } } });
    expect(desk.vendor.members.map((m) => m.user.email)).toContain('cowork@example.com');
    expect(desk.dayCheckIns.length).toBeGreaterThan(0);
    expect(desk.promoCode?.code).toBe('HARBOUR10');
    expect((desk.priceSnapshot as { promoCode?: string }).promoCode).toBe('HARBOUR10');

    // Every printed account signs in with the printed password.
    expect(accounts.map((a) => a.role)).toEqual(expect.arrayContaining(['operator', 'customer']));
    for (const account of accounts) {
      const user = await t.db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(account.password, user.passwordHash!)).toBe(true);
    }

    await seedDemoData(t.db, now);
    expect(await counts()).toEqual(first);
  });
});
