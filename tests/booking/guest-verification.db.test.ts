import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { approveBooking } from '@/lib/booking/approve-booking';
import { pendingGuestVerifications, resendGuestCode, verifyGuestCode } from '@/lib/booking/guest-verification';
import { requestBooking } from '@/lib/booking/request-booking';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { startCheckout } from '@/lib/payments/checkout';
import { testConfig } from '../payments/payment-scenario';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Guest verification (seed workspace): where the business asks, a guest's hold is paid or answered
// only after the guest typed the one-time code sent to their email (and phone, when texting).

let t: TestDatabase;
let server: Server;
let apiBase: string;
const texts: URLSearchParams[] = [];
beforeAll(async () => {
  t = await useTestDatabase();
  // A fake Twilio that records the texts it is asked to send.
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      texts.push(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      response.statusCode = 201;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ sid: `SM${String(texts.length).padStart(32, '0')}`, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => vi.unstubAllEnvs());

const NOW = new Date();
const start = hoursAfter(NOW, 24 * 10);
let n = 0;
const baseUrl = 'http://localhost:3000';

async function guestHold(options: { bookingMode?: 'INSTANT' | 'REQUEST'; smsEnabled?: boolean; verifyGuests?: boolean } = {}) {
  const world = await givenVendor(t.db).withRental({ units: 3, paymentMode: 'ONLINE_FULL', bookingMode: options.bookingMode ?? 'INSTANT' });
  await t.db.vendor.update({ where: { id: world.vendor.id }, data: { verifyGuests: options.verifyGuests ?? true, smsEnabled: options.smsEnabled ?? false } });
  const contact = { ...guestContact, email: `guest-${++n}-${Date.now()}@example.com` };
  const booking = await requestBooking(t.db, { listingId: world.listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, { kind: 'guest' }, { now: NOW });
  return { ...world, booking, contact };
}

const codeIn = async (to: string) => {
  const email = await t.db.emailMessage.findFirstOrThrow({ where: { to, subject: { startsWith: 'Your code for' } }, orderBy: [{ sentAt: 'desc' }, { id: 'desc' }] });
  return email.text.match(/Your code is (\d{6})/)![1]!;
};

describe('guest verification', () => {
  it('holds the payment until the guest types the code emailed to them', async () => {
    const { booking, contact } = await guestHold();
    expect(booking.status).toBe('AWAITING_PAYMENT');
    await expect(startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: NOW })).rejects.toThrow(/Enter the code we sent you first/);

    await processOutbox(t.db, { now: new Date() });
    const code = await codeIn(contact.email);
    expect(await t.db.guestVerification.count({ where: { codeHash: code } })).toBe(0); // only the hash is kept
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(verifyGuestCode(t.db, booking.id, 'EMAIL', wrong, NOW)).rejects.toThrow('That code is not right. 4 tries left.');
    expect(await verifyGuestCode(t.db, booking.id, 'EMAIL', code, NOW)).toEqual({ remaining: 0 });

    const started = await startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: NOW });
    expect(started.url).toContain('/pay/test-checkout/');
  });

  it('lets the business answer a request only once the guest is verified', async () => {
    const { booking, actor, contact } = await guestHold({ bookingMode: 'REQUEST' });
    expect(booking.status).toBe('REQUESTED');
    await expect(approveBooking(t.db, booking.id, actor, NOW)).rejects.toThrow(/The guest has not confirmed their email yet/);
    await processOutbox(t.db, { now: new Date() });
    await verifyGuestCode(t.db, booking.id, 'EMAIL', await codeIn(contact.email), NOW);
    expect((await approveBooking(t.db, booking.id, actor, NOW)).status).toBe('AWAITING_PAYMENT');
  });

  it('voids a code after five wrong tries and expires it after 15 minutes; new codes are rate limited', async () => {
    const { booking, contact } = await guestHold();
    await processOutbox(t.db, { now: new Date() });
    const code = await codeIn(contact.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) await expect(verifyGuestCode(t.db, booking.id, 'EMAIL', wrong, NOW)).rejects.toThrow();
    await expect(verifyGuestCode(t.db, booking.id, 'EMAIL', code, NOW)).rejects.toThrow('Too many wrong codes. Ask for a new code.');

    await resendGuestCode(t.db, booking.id, 'EMAIL');
    const sentAt = new Date();
    await processOutbox(t.db, { now: sentAt });
    const fresh = await codeIn(contact.email);
    await expect(verifyGuestCode(t.db, booking.id, 'EMAIL', fresh, new Date(sentAt.getTime() + 16 * 60_000))).rejects.toThrow('This code has expired.');
    expect(await verifyGuestCode(t.db, booking.id, 'EMAIL', fresh, sentAt)).toEqual({ remaining: 0 });

    const other = await guestHold();
    for (let i = 0; i < 3; i += 1) await resendGuestCode(t.db, other.booking.id, 'EMAIL');
    await expect(resendGuestCode(t.db, other.booking.id, 'EMAIL')).rejects.toThrow(/Too many attempts/);
  });

  it('also texts a code to the phone when the business texts and SMS is configured', async () => {
    vi.stubEnv('TWILIO_ACCOUNT_SID', 'AC00000000000000000000000000000009');
    vi.stubEnv('TWILIO_AUTH_TOKEN', 'secret');
    vi.stubEnv('TWILIO_FROM', '+15005550006');
    vi.stubEnv('TWILIO_API_BASE', apiBase);
    const { booking, contact } = await guestHold({ smsEnabled: true });
    expect((await pendingGuestVerifications(t.db, booking.id)).map((p) => p.channel)).toEqual(['EMAIL', 'SMS']);
    await processOutbox(t.db, { now: new Date() });
    const text = texts.find((form) => form.get('Body')?.includes('is your Bookwell code'))!;
    expect(text.get('To')).toBe('+447700900000');
    await verifyGuestCode(t.db, booking.id, 'EMAIL', await codeIn(contact.email), NOW);
    await expect(startCheckout(t.db, { bookingId: booking.id, baseUrl }, { config: testConfig, now: NOW })).rejects.toThrow(/confirmed their phone/);
    expect(await verifyGuestCode(t.db, booking.id, 'SMS', text.get('Body')!.slice(0, 6), NOW)).toEqual({ remaining: 0 });
  });

  it('asks nothing of signed-in customers, nor of guests where the business does not ask', async () => {
    const { listing } = await guestHold();
    const customer = await aCustomer(t.db);
    const booked = await requestBooking(t.db, { listingId: listing.id, startAt: at(start.toISOString()), endAt: hoursAfter(start, 2) }, customer.actor, { now: NOW });
    expect(await pendingGuestVerifications(t.db, booked.id)).toEqual([]);
    const { booking } = await guestHold({ verifyGuests: false });
    expect(await pendingGuestVerifications(t.db, booking.id)).toEqual([]);
  });
});
