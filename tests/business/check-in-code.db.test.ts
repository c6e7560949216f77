import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingIdFromCheckInToken, checkInCode, checkInToken } from '@/lib/booking/check-in-token';
import { requestBooking } from '@/lib/booking/request-booking';
import { bookingForCheckIn, bookingForCheckInToken } from '@/lib/business/check-in-lookup';
import type { MemberActor } from '@/lib/domain/actor';
import { Forbidden, NotFound } from '@/lib/errors';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// The QR code on a confirmation: a signed check-in token the front desk scans, or the reference typed.

let t: TestDatabase;
const saved = { AUTH_SECRET: process.env.AUTH_SECRET, APP_URL: process.env.APP_URL };
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.AUTH_SECRET = 'check-in-test-secret-0123456789abcdef';
  process.env.APP_URL = 'https://book.example.test';
});
afterAll(() => Object.assign(process.env, saved));

const start = at('2031-01-20T10:00:00Z');

async function aConfirmedBooking() {
  const world = await givenVendor(t.db).withRental();
  const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: { ...guestContact, email: `qr-${world.vendor.slug}@example.com` } }, { kind: 'guest' }, { now: NOW });
  return { ...world, booking, member: world.actor as MemberActor };
}

describe('check-in tokens', () => {
  it('names the booking and refuses any change to it', async () => {
    const { booking } = await aConfirmedBooking();
    const token = checkInToken(booking.id)!;
    expect(bookingIdFromCheckInToken(token)).toBe(booking.id);
    const [v, id, sig] = token.split('.');
    const flipped = `${v}.${id}.${sig!.startsWith('A') ? 'B' : 'A'}${sig!.slice(1)}`;
    expect(bookingIdFromCheckInToken(flipped)).toBeNull();
    const otherId = Buffer.from(id!, 'base64url');
    otherId[0] = otherId[0]! ^ 1;
    expect(bookingIdFromCheckInToken(`${v}.${otherId.toString('base64url')}.${sig}`)).toBeNull();
    process.env.AUTH_SECRET = 'another-secret-entirely-0123456789';
    expect(bookingIdFromCheckInToken(token)).toBeNull();
    process.env.AUTH_SECRET = 'check-in-test-secret-0123456789abcdef';
  });

  it('draws a QR code of a URL into the dashboard', async () => {
    const { booking } = await aConfirmedBooking();
    const code = (await checkInCode(booking.id))!;
    expect(code.url).toMatch(/^https:\/\/book\.example\.test\/dashboard\/check-in\/c1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect(code.svg).toContain('<svg');
    expect(code.pngDataUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('opens the booking for members of its business only; others are told it is not theirs', async () => {
    const { booking, member } = await aConfirmedBooking();
    const token = checkInToken(booking.id)!;
    expect(await bookingForCheckInToken(t.db, member, token)).toBe(booking.id);
    const other = await givenVendor(t.db).ready;
    await expect(bookingForCheckInToken(t.db, other.actor as MemberActor, token)).rejects.toThrow(Forbidden);
    await expect(bookingForCheckInToken(t.db, member, 'c1.garbage.garbage')).rejects.toThrow(NotFound);
  });

  it('finds a typed reference in any case and spacing, or a pasted URL, within the business only', async () => {
    const { booking, member } = await aConfirmedBooking();
    const bare = booking.reference.slice(3).toLowerCase();
    expect(await bookingForCheckIn(t.db, member, `  bk ${bare} `)).toBe(booking.id);
    expect(await bookingForCheckIn(t.db, member, bare)).toBe(booking.id);
    expect(await bookingForCheckIn(t.db, member, (await checkInCode(booking.id))!.url)).toBe(booking.id);
    const other = await givenVendor(t.db).ready;
    await expect(bookingForCheckIn(t.db, other.actor as MemberActor, booking.reference)).rejects.toThrow(`No booking ${booking.reference} at your business.`);
  });

  it('puts the QR code in the confirmation email', async () => {
    const { booking } = await aConfirmedBooking();
    await processOutbox(t.db, { now: NOW });
    const email = await t.db.emailMessage.findFirstOrThrow({ where: { bookingId: booking.id, subject: { startsWith: 'Booking confirmed' } } });
    expect(email.html).toContain('src="data:image/png;base64,');
    expect(email.html).toContain(`QR code to check in booking ${booking.reference}`);
    expect(email.text).toContain(`give your reference ${booking.reference}`);
  });
});
