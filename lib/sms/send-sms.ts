import 'server-only';
import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type { Db } from '@/lib/db/prisma';

// Booking texts go through a small interface: Twilio when its credentials are set
// (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM), otherwise they are only kept in the dev
// mailbox (an EmailMessage row addressed to "sms:+…"). The row is also the record that makes a
// send idempotent: written first, removed if the provider refuses, so a retry sends again.

export type SmsSender = { name: string; send: (message: { to: string; body: string }) => Promise<{ providerId: string }> };

type TwilioHttpClient = NonNullable<Parameters<typeof twilio>[2]>['httpClient'];

export function twilioSender(config: { accountSid: string; authToken: string; from: string }, options: { httpClient?: TwilioHttpClient } = {}): SmsSender {
  const client = twilio(config.accountSid, config.authToken, { httpClient: options.httpClient });
  return {
    name: 'twilio',
    async send({ to, body }) {
      const message = await client.messages.create({ to, from: config.from, body });
      return { providerId: message.sid };
    },
  };
}

/**
 * The SDK has no base-URL option: this client sends its requests to another host (TWILIO_API_BASE,
 * e.g. a local fake Twilio in tests), keeping the paths.
 */
export function rebasedTwilioClient(apiBase: string): TwilioHttpClient {
  const base = apiBase.replace(/\/+$/, '');
  class RebasedClient extends twilio.RequestClient {
    override request<T>(opts: RequestClient.RequestOptions<T>) {
      return super.request<T>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, base) });
    }
  }
  return new RebasedClient();
}

/** Twilio from the environment, or null: texts then stay in the dev mailbox. */
export function smsSenderFromEnv(): SmsSender | null {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: from, TWILIO_API_BASE: apiBase } = process.env;
  if (!accountSid || !authToken || !from) return null;
  return twilioSender({ accountSid, authToken, from }, { httpClient: apiBase ? rebasedTwilioClient(apiBase) : undefined });
}

export const smsMailboxAddress = (phone: string) => `sms:${phone}`;

export async function sendSms(
  db: Pick<Db, 'emailMessage'>,
  sms: { id: string; to: string; body: string; bookingId?: string | null },
  sender: SmsSender | null = smsSenderFromEnv(),
): Promise<{ sent: boolean }> {
  const row = { id: sms.id, to: smsMailboxAddress(sms.to), subject: 'Text message', text: sms.body, bookingId: sms.bookingId ?? null };
  const inserted = await db.emailMessage.createMany({ data: [row], skipDuplicates: true });
  if (inserted.count === 0) return { sent: false };
  if (!sender) return { sent: true };
  try {
    await sender.send({ to: sms.to, body: sms.body });
  } catch (error) {
    await db.emailMessage.deleteMany({ where: { id: sms.id } });
    throw error;
  }
  return { sent: true };
}
