import { beforeAll, describe, expect, it } from 'vitest';
import { registerCustomer } from '@/lib/auth/register';
import { customerSignUpSchema } from '@/lib/auth/schemas';
import { verifyPassword } from '@/lib/auth/password';
import { accountTokenUsable } from '@/lib/account/account-tokens';
import { deleteAccount, ANONYMOUS_NAME } from '@/lib/account/delete-account';
import { confirmEmailChange, requestEmailChange } from '@/lib/account/email-change';
import { myDataExport } from '@/lib/account/my-data';
import { requestPasswordReset, resetPassword } from '@/lib/account/password-reset';
import { updateProfile } from '@/lib/account/profile';
import { emailChangeSchema, profileSchema } from '@/lib/account/schemas';
import { requestBooking } from '@/lib/booking/request-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Customer self-service: profile, email change, password reset, deleting the account, the data export.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

let n = 0;
const aPerson = async (password = 'old-password') => {
  n += 1;
  const email = `person-${n}-${Date.now()}@example.com`;
  const user = await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Pat Person', email, password }));
  return { userId: user.id, email, actor: { kind: 'customer' as const, userId: user.id } };
};

const linkIn = async (to: string, subject: string, path: string) => {
  const email = await t.db.emailMessage.findFirstOrThrow({ where: { to, subject }, orderBy: { sentAt: 'desc' } });
  return email.text.match(new RegExp(`/${path}/([A-Za-z0-9_-]+)`))![1]!;
};
const passwordHash = async (userId: string) => (await t.db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash!;
const monday10 = at('2031-01-13T10:00:00Z');

describe('the profile', () => {
  it('saves name, phone and time zone; an empty zone means the listing’s own', async () => {
    const { userId } = await aPerson();
    await updateProfile(t.db, userId, profileSchema.parse({ name: ' Pat Q ', phone: '+1 555 0100', timeZone: 'America/New_York' }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ name: 'Pat Q', phone: '+1 555 0100', timeZone: 'America/New_York' });
    await updateProfile(t.db, userId, profileSchema.parse({ name: 'Pat Q', phone: '', timeZone: '' }));
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ phone: null, timeZone: null });
    expect(profileSchema.safeParse({ name: 'Pat', timeZone: '+01:00' }).success).toBe(false);
  });
});

describe('password reset', () => {
  it('emails a single-use link; the new password works and the old one no longer does', async () => {
    const { userId, email } = await aPerson();
    await requestPasswordReset(t.db, email.toUpperCase());
    await processOutbox(t.db, { now: NOW });
    const token = await linkIn(email, 'Reset your Bookwell password', 'reset-password');
    expect(await accountTokenUsable(t.db, token, 'PASSWORD_RESET', NOW)).toBe(true);

    await resetPassword(t.db, token, 'brand-new-password', NOW);
    expect(await verifyPassword('brand-new-password', await passwordHash(userId))).toBe(true);
    expect(await verifyPassword('old-password', await passwordHash(userId))).toBe(false);
    await expect(resetPassword(t.db, token, 'another-password', NOW)).rejects.toThrow(/already used/);
    expect(await verifyPassword('brand-new-password', await passwordHash(userId))).toBe(true);
  });

  it('refuses an expired link, and says the same for an unknown email as for a known one', async () => {
    const { userId, email } = await aPerson();
    await requestPasswordReset(t.db, email);
    await processOutbox(t.db, { now: NOW });
    const token = await linkIn(email, 'Reset your Bookwell password', 'reset-password');
    await expect(resetPassword(t.db, token, 'brand-new-password', hoursAfter(NOW, 2))).rejects.toThrow(/expired/);
    expect(await verifyPassword('old-password', await passwordHash(userId))).toBe(true);

    // No account: the same (empty) answer, and nothing queued or sent.
    const before = await t.db.outboxMessage.count();
    await expect(requestPasswordReset(t.db, 'nobody-here@example.com')).resolves.toBeUndefined();
    expect(await t.db.outboxMessage.count()).toBe(before);
  });

  it('is rate limited per email address, known or not', async () => {
    const { email } = await aPerson();
    for (let i = 0; i < 3; i += 1) await requestPasswordReset(t.db, email);
    await expect(requestPasswordReset(t.db, email)).rejects.toThrow(/Too many attempts/);
    for (let i = 0; i < 3; i += 1) await requestPasswordReset(t.db, 'ghost@example.com');
    await expect(requestPasswordReset(t.db, 'ghost@example.com')).rejects.toThrow(/Too many attempts/);
  });

  it('lets exactly one of two parallel uses of a link win', async () => {
    const { email } = await aPerson();
    await requestPasswordReset(t.db, email);
    await processOutbox(t.db, { now: NOW });
    const token = await linkIn(email, 'Reset your Bookwell password', 'reset-password');
    const results = await Promise.allSettled([resetPassword(t.db, token, 'first-password', NOW), resetPassword(t.db, token, 'second-password', NOW)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('changing the email', () => {
  it('needs the password, changes only when the new address opens its link, and links its guest bookings', async () => {
    const { userId, email } = await aPerson();
    const newEmail = `new-${Date.now()}@example.com`;
    await expect(requestEmailChange(t.db, userId, emailChangeSchema.parse({ newEmail, password: 'wrong-password' }))).rejects.toThrow(/password/);
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const guest = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2), contact: { ...guestContact, email: newEmail } }, { kind: 'guest' }, { now: NOW });

    await requestEmailChange(t.db, userId, emailChangeSchema.parse({ newEmail, password: 'old-password' }));
    await processOutbox(t.db, { now: NOW });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email); // not yet
    const token = await linkIn(newEmail, 'Confirm your new email for Bookwell', 'confirm-email');

    expect(await confirmEmailChange(t.db, token, NOW)).toEqual({ userId, email: newEmail, linkedBookings: 1 });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ email: newEmail, emailVerifiedAt: NOW });
    expect((await t.db.booking.findUniqueOrThrow({ where: { id: guest.id } })).customerId).toBe(userId);
    await expect(confirmEmailChange(t.db, token, NOW)).rejects.toThrow(/already used/);
  });

  it('refuses an address another account has, then or by the time the link is opened', async () => {
    const me = await aPerson();
    const other = await aPerson();
    await expect(requestEmailChange(t.db, me.userId, { newEmail: other.email, password: 'old-password' })).rejects.toThrow(/Another account/);
    const wanted = `wanted-${Date.now()}@example.com`;
    await requestEmailChange(t.db, me.userId, { newEmail: wanted, password: 'old-password' });
    await processOutbox(t.db, { now: NOW });
    const token = await linkIn(wanted, 'Confirm your new email for Bookwell', 'confirm-email');
    await t.db.user.update({ where: { id: other.userId }, data: { email: wanted } });
    await expect(confirmEmailChange(t.db, token, NOW)).rejects.toThrow(/Another account/);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: me.userId } })).email).toBe(me.email);
  });
});

describe('deleting the account', () => {
  it('refuses while a paid booking is upcoming; once it is cancelled, deletes the person and keeps the bookings anonymised', async () => {
    const person = await aPerson();
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2), contact: { ...guestContact, email: person.email } }, person.actor, { now: NOW });
    await t.db.booking.update({ where: { id: booking.id }, data: { paidAmount: 4000 } });

    await expect(deleteAccount(t.db, person.userId, 'wrong', NOW)).rejects.toThrow(/password/);
    await expect(deleteAccount(t.db, person.userId, 'old-password', NOW)).rejects.toThrow(new RegExp(`upcoming bookings you paid for \\(${booking.reference}\\)`));
    expect(await t.db.user.count({ where: { id: person.userId } })).toBe(1);

    await cancelBooking(t.db, booking.id, person.actor, 'Plans changed', NOW);
    expect(await deleteAccount(t.db, person.userId, 'old-password', NOW)).toEqual({ anonymisedBookings: 1 });
    expect(await t.db.user.count({ where: { id: person.userId } })).toBe(0);
    const kept = await t.db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(kept).toMatchObject({ customerId: null, contactName: ANONYMOUS_NAME, contactPhone: null, status: 'CANCELLED', reference: booking.reference, totalAmount: booking.totalAmount });
    expect(kept.contactEmail).not.toContain(person.email);
  });

  it('refuses for a member of a business', async () => {
    const world = await givenVendor(t.db).withRental();
    const person = await aPerson();
    await t.db.vendorMember.create({ data: { vendorId: world.vendor.id, userId: person.userId, role: 'STAFF' } });
    await expect(deleteAccount(t.db, person.userId, 'old-password', NOW)).rejects.toThrow(/belong to a business/);
  });
});

describe('download my data', () => {
  it('holds the profile and the bookings, and no secrets', async () => {
    const person = await aPerson();
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: monday10, endAt: hoursAfter(monday10, 2) }, person.actor, { now: NOW });
    const data = await myDataExport(t.db, person.userId, NOW);
    expect(data.profile).toMatchObject({ email: person.email, name: 'Pat Person' });
    expect(data.bookings.map((b) => b.reference)).toEqual([booking.reference]);
    const json = JSON.stringify(data);
    expect(json).not.toContain('passwordHash');
    expect(json).not.toContain('$2');
  });
});
