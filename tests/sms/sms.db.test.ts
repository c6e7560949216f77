import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { setSmsConsent } from '@/lib/email/preferences';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { scheduleNudges } from '@/lib/outbox/nudges';
import { rebasedTwilioClient, sendSms, twilioSender } from '@/lib/sms/send-sms';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Booking texts through the official Twilio SDK, pointed at a local fake Twilio that records what
// it was asked; without credentials they land in the dev mailbox.

type Recorded = { method: string; path: string; authorization: string | undefined; form: URLSearchParams };
let t: TestDatabase;
let server: Server;
let apiBase: string;
const requests: Recorded[] = [];

beforeAll(async () => {
  t = await useTestDatabase();
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: request.method!, path: request.url!, authorization: request.headers.authorization, form });
      response.statusCode = 201;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ sid: `SM${String(requests.length).padStart(32, '0')}`, status: 'queued', to: form.get('To'), from: form.get('From'), body: form.get('Body') }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
  vi.unstubAllEnvs();
});

const NOW = new Date();
let counter = 0;
async function bookingWithPhone(phone: string, options: { smsEnabled?: boolean; consent?: boolean } = {}) {
  const { vendor, listing } = await givenVendor(t.db).withRental({ units: 3 });
  await t.db.vendor.update({ where: { id: vendor.id }, data: { name: 'Phuket Wheels', smsEnabled: options.smsEnabled ?? true } });
  const contact = { ...guestContact, email: `sms-${++counter}-${Date.now()}@example.com`, phone };
  if (options.consent ?? true) await setSmsConsent(t.db, contact.email, true);
  const start = hoursAfter(NOW, 72);
  const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact }, { kind: 'guest' }, { now: NOW });
  return { booking, contact, start };
}

const textsTo = (phone: string) => t.db.emailMessage.findMany({ where: { to: `sms:${phone}` }, orderBy: { sentAt: 'asc' } });

describe('the Twilio sender', () => {
  it('posts the message to Twilio’s Messages API with the account’s credentials', async () => {
    const sender = twilioSender({ accountSid: 'AC00000000000000000000000000000001', authToken: 'secret-token', from: '+15005550006' }, { httpClient: rebasedTwilioClient(apiBase) });
    expect(await sender.send({ to: '+447700900123', body: 'Hello' })).toEqual({ providerId: 'SM00000000000000000000000000000001' });
    expect(requests).toHaveLength(1);
    const [sent] = requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.path).toBe('/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json');
    expect(sent!.authorization).toBe(`Basic ${Buffer.from('AC00000000000000000000000000000001:secret-token').toString('base64')}`);
    expect(Object.fromEntries(sent!.form)).toEqual({ To: '+447700900123', From: '+15005550006', Body: 'Hello' });
  });

  it('sends one text once however often it is asked, and keeps no record of one Twilio refused', async () => {
    const sender = twilioSender({ accountSid: 'AC00000000000000000000000000000001', authToken: 'x', from: '+15005550006' }, { httpClient: rebasedTwilioClient(apiBase) });
    const sms = { id: '0190f3c4-0000-8000-8000-0000000005a1', to: '+447700900124', body: 'Once' };
    expect(await sendSms(t.db, sms, sender)).toEqual({ sent: true });
    expect(await sendSms(t.db, sms, sender)).toEqual({ sent: false });
    expect(requests).toHaveLength(1);
    const refusing = { name: 'down', send: async () => Promise.reject(new Error('Twilio 503')) };
    await expect(sendSms(t.db, { ...sms, id: '0190f3c4-0000-8000-8000-0000000005a2' }, refusing)).rejects.toThrow('Twilio 503');
    expect(await t.db.emailMessage.count({ where: { id: '0190f3c4-0000-8000-8000-0000000005a2' } })).toBe(0);
  });
});

describe('booking texts', () => {
  it('texts the confirmation and the reminder to a customer who opted in, in E.164, through Twilio', async () => {
    vi.stubEnv('TWILIO_ACCOUNT_SID', 'AC00000000000000000000000000000002');
    vi.stubEnv('TWILIO_AUTH_TOKEN', 'secret');
    vi.stubEnv('TWILIO_FROM', '+15005550006');
    vi.stubEnv('TWILIO_API_BASE', apiBase);
    const { booking, start } = await bookingWithPhone('+44 7700 900125');
    await processOutbox(t.db, { now: new Date() });
    expect(requests.map((r) => Object.fromEntries(r.form))).toEqual([
      { To: '+447700900125', From: '+15005550006', Body: expect.stringMatching(new RegExp(`^Phuket Wheels: your booking ${booking.reference} is confirmed\\. A rental, .+\\(.+\\)\\.$`)) },
    ]);

    await scheduleNudges(t.db, hoursAfter(start, -23));
    await processOutbox(t.db, { now: hoursAfter(start, -23) });
    await processOutbox(t.db, { now: hoursAfter(start, -22) });
    expect(requests).toHaveLength(2);
    expect(requests[1]!.form.get('Body')).toMatch(new RegExp(`^Phuket Wheels: reminder of your booking ${booking.reference}`));
  });

  it('keeps texts in the dev mailbox without Twilio credentials, and sends none without consent, a business that sends texts, or a valid number', async () => {
    const ok = await bookingWithPhone('+44 7700 900126');
    const noConsent = await bookingWithPhone('+44 7700 900127', { consent: false });
    const businessOff = await bookingWithPhone('+44 7700 900128', { smsEnabled: false });
    const localNumber = await bookingWithPhone('07700 900129');
    await processOutbox(t.db, { now: new Date() });

    expect((await textsTo('+447700900126')).map((m) => m.text)).toEqual([expect.stringContaining(`your booking ${ok.booking.reference} is confirmed`)]);
    for (const other of [noConsent, businessOff]) expect(await t.db.emailMessage.count({ where: { to: { startsWith: 'sms:' }, bookingId: other.booking.id } })).toBe(0);
    expect(await t.db.emailMessage.count({ where: { to: { startsWith: 'sms:' }, bookingId: localNumber.booking.id } })).toBe(0);
    expect(requests).toHaveLength(0);
  });
});
