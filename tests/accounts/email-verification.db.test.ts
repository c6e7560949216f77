import { beforeAll, describe, expect, it } from 'vitest';
import { registerCustomer } from '@/lib/auth/register';
import { customerSignUpSchema } from '@/lib/auth/schemas';
import { verifyEmail } from '@/lib/auth/email-verification';
import { requestBooking } from '@/lib/booking/request-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// A new account proves it owns its email through the link sent at sign-up; only then do the guest
// bookings made with that address follow it into the account.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const linkIn = async (to: string) => {
  const email = await t.db.emailMessage.findFirstOrThrow({ where: { to, subject: 'Verify your email for Bookwell' } });
  return email.text.match(/\/verify-email\/([A-Za-z0-9_-]+)/)![1]!;
};

describe('email verification', () => {
  it('emails a one-time link at sign-up; opening it verifies the email and links the guest bookings made with it', async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 3 });
    const monday = at('2031-01-13T10:00:00Z');
    const guestBooking = await requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: hoursAfter(monday, 2), contact: { ...guestContact, email: 'Gia.Guest@Example.com' } }, { kind: 'guest' }, { now: NOW });
    const otherGuest = await requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: hoursAfter(monday, 2), contact: { ...guestContact, email: 'someone.else@example.com' } }, { kind: 'guest' }, { now: NOW });

    const user = await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Gia', email: 'gia.guest@example.com', password: 'long-enough' }));
    expect(user.emailVerifiedAt).toBeNull();
    // Signing up with an address links nothing yet: anyone can type someone else's email.
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: guestBooking.id } })).customerId).toBeNull();

    await processOutbox(t.db, { now: NOW });
    await expect(t.db).toHaveSentEmail('gia.guest@example.com', 'Verify your email for Bookwell');
    const token = await linkIn('gia.guest@example.com');
    expect(await t.db.emailVerificationToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is kept

    expect(await verifyEmail(t.db, token, NOW)).toEqual({ userId: user.id, linkedBookings: 1 });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toEqual(NOW);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: guestBooking.id } })).customerId).toBe(user.id);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: otherGuest.id } })).customerId).toBeNull();
    await expect(verifyEmail(t.db, token, NOW)).rejects.toThrow(/already used/);
  });

  it('refuses an expired or unknown link and verifies nothing', async () => {
    const user = await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Lou', email: 'lou@example.com', password: 'long-enough' }));
    await processOutbox(t.db, { now: NOW });
    const token = await linkIn('lou@example.com');
    await expect(verifyEmail(t.db, token, hoursAfter(NOW, 49))).rejects.toThrow(/expired/);
    await expect(verifyEmail(t.db, 'x'.repeat(43), NOW)).rejects.toThrow(/not valid/);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("does not move another customer's bookings, only guests'", async () => {
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const someone = await aCustomer(t.db);
    const monday = at('2031-01-20T10:00:00Z');
    const theirs = await requestBooking(t.db, { listingId: listing.id, startAt: monday, endAt: hoursAfter(monday, 2), contact: { ...guestContact, email: 'max@example.com' } }, someone.actor, { now: NOW });
    await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Max', email: 'max@example.com', password: 'long-enough' }));
    await processOutbox(t.db, { now: NOW });
    expect((await verifyEmail(t.db, await linkIn('max@example.com'), NOW)).linkedBookings).toBe(0);
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: theirs.id } })).customerId).toBe(someone.userId);
  });
});
