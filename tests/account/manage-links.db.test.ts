import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { MAX_LIVE_MANAGE_LINKS, ManageLinkInvalid, issueManageToken, resolveManageToken } from '@/lib/magic-links/manage-links';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const DAY = 24;

async function guestBooking() {
  const { listing } = await givenVendor(t.db).withRental();
  const startAt = at('2031-01-13T10:00:00Z');
  return requestBooking(t.db, { listingId: listing.id, startAt, endAt: hoursAfter(startAt, 2), contact: guestContact }, { kind: 'guest' }, { now: NOW });
}

describe('manage links', () => {
  it('come with a guest booking (issued in its transaction), open it, and only a hash of the token is stored', async () => {
    const booking = await guestBooking();
    const token = booking.manageToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await resolveManageToken(t.db, token, NOW)).toEqual({ bookingId: booking.id });

    const row = await t.db.magicLinkToken.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row).toMatchObject({ purpose: 'MANAGE_BOOKING', lastUsedAt: NOW, expiresAt: hoursAfter(booking.endAt, 30 * DAY) });
  });

  it('refuse unknown, mangled and wrong-purpose tokens', async () => {
    const booking = await guestBooking();
    const token = await issueManageToken(t.db, booking.id);
    for (const bad of ['', 'short', `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, `${token}/../x`, 'x'.repeat(43)]) {
      await expect(resolveManageToken(t.db, bad, NOW)).rejects.toBeInstanceOf(ManageLinkInvalid);
    }
    await t.db.magicLinkToken.updateMany({ where: { bookingId: booking.id }, data: { purpose: 'SIGN_IN' } });
    await expect(resolveManageToken(t.db, token, NOW)).rejects.toThrow(/not valid/);
  });

  it('expire 30 days after the booking ends', async () => {
    const booking = await guestBooking();
    const token = await issueManageToken(t.db, booking.id);
    expect(await resolveManageToken(t.db, token, hoursAfter(booking.endAt, 30 * DAY - 1))).toEqual({ bookingId: booking.id });
    await expect(resolveManageToken(t.db, token, hoursAfter(booking.endAt, 30 * DAY))).rejects.toThrow(new ManageLinkInvalid('This link has expired.'));
  });

  it('each issue makes a new, independent link', async () => {
    const booking = await guestBooking();
    const [a, b] = [await issueManageToken(t.db, booking.id), await issueManageToken(t.db, booking.id)];
    expect(a).not.toBe(b);
    expect(await resolveManageToken(t.db, a, NOW)).toEqual(await resolveManageToken(t.db, b, NOW));
  });

  it(`a booking has at most ${MAX_LIVE_MANAGE_LINKS} live links: issuing another revokes the oldest`, async () => {
    const booking = await guestBooking(); // its first link came with it
    const tokens = [booking.manageToken!];
    for (let i = 0; i < MAX_LIVE_MANAGE_LINKS + 1; i += 1) tokens.push(await issueManageToken(t.db, booking.id));
    expect(await t.db.magicLinkToken.count({ where: { bookingId: booking.id } })).toBe(MAX_LIVE_MANAGE_LINKS);
    for (const revoked of tokens.slice(0, 2)) await expect(resolveManageToken(t.db, revoked, NOW)).rejects.toBeInstanceOf(ManageLinkInvalid);
    for (const live of tokens.slice(2)) expect(await resolveManageToken(t.db, live, NOW)).toEqual({ bookingId: booking.id });
  });
});
