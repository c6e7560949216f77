import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { absoluteUrl } from '@/lib/config/app-url';

// Non-essential email (reminders, review requests, a member's booking alerts) can be turned off
// per address and kind, from a link in the email itself: no account needed, so guests can too.
// The link carries the address signed with AUTH_SECRET; essential mail (confirmations, payment,
// cancellations to the customer) has no such switch.

export const OPTIONAL_EMAILS = {
  reminder: 'Reminders before a booking starts',
  review_request: 'Requests to review a booking afterwards',
  'member.request': 'New booking requests to answer (business members)',
  'member.confirmed': 'New confirmed bookings (business members)',
  'member.cancelled': 'Cancelled bookings (business members)',
} as const;
export type OptionalEmail = keyof typeof OPTIONAL_EMAILS;
export const OPTIONAL_EMAIL_KINDS = Object.keys(OPTIONAL_EMAILS) as OptionalEmail[];

function secret(): string | null {
  return process.env.AUTH_SECRET || null;
}

const sign = (key: string, email: string) => createHmac('sha256', key).update(`email-preferences\u0000${email}`).digest('base64url');

/** A token naming the address, or null when no AUTH_SECRET is set (then emails carry no link). */
export function preferencesToken(email: string): string | null {
  const key = secret();
  if (!key) return null;
  const address = email.trim().toLowerCase();
  return `${Buffer.from(address).toString('base64url')}.${sign(key, address)}`;
}

/** The address a token names, or null for a forged or malformed token. */
export function emailFromPreferencesToken(token: string): string | null {
  const key = secret();
  const [encoded, signature] = token.split('.');
  if (!key || !encoded || !signature) return null;
  const address = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(key, address));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? address : null;
}

export function preferencesUrl(email: string): string | null {
  const token = preferencesToken(email);
  return token ? absoluteUrl(`/email-preferences/${token}`) : null;
}

/** Headers for a non-essential email: one-click unsubscribe (RFC 8058) from this kind. */
export function unsubscribeHeaders(email: string, kind: OptionalEmail): Record<string, string> {
  const token = preferencesToken(email);
  if (!token) return {};
  return {
    'List-Unsubscribe': `<${absoluteUrl(`/api/email/unsubscribe?token=${encodeURIComponent(token)}&kind=${encodeURIComponent(kind)}`)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

export async function isOptedOut(db: Pick<Db, 'emailOptOut'>, email: string, kind: OptionalEmail): Promise<boolean> {
  return (await db.emailOptOut.count({ where: { email: email.trim().toLowerCase(), kind } })) > 0;
}

export async function optedOutKinds(db: Pick<Db, 'emailOptOut'>, email: string): Promise<Set<string>> {
  const rows = await db.emailOptOut.findMany({ where: { email: email.trim().toLowerCase() }, select: { kind: true } });
  return new Set(rows.map((row) => row.kind));
}

export async function setEmailPreference(db: Pick<Db, 'emailOptOut'>, email: string, kind: OptionalEmail, wanted: boolean): Promise<void> {
  const address = email.trim().toLowerCase();
  if (wanted) await db.emailOptOut.deleteMany({ where: { email: address, kind } });
  else await db.emailOptOut.createMany({ data: [{ email: address, kind }], skipDuplicates: true });
}

/**
 * One-click unsubscribe (RFC 8058, the List-Unsubscribe-Post header): turns the kind off for the
 * token's address. Throws NotFound for a forged token or an unknown kind.
 */
export async function unsubscribeByToken(db: Pick<Db, 'emailOptOut'>, token: string, kind: string): Promise<{ email: string; kind: OptionalEmail }> {
  const email = emailFromPreferencesToken(token);
  if (!email || !(OPTIONAL_EMAIL_KINDS as string[]).includes(kind)) throw new NotFound('This unsubscribe link is not valid.');
  await setEmailPreference(db, email, kind as OptionalEmail, false);
  return { email, kind: kind as OptionalEmail };
}

/** Whether the customer booking with this address agreed to booking texts (opt-in, off by default). */
export async function hasSmsConsent(db: Pick<Db, 'smsConsent'>, email: string): Promise<boolean> {
  return (await db.smsConsent.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}

export async function setSmsConsent(db: Pick<Db, 'smsConsent'>, email: string, wanted: boolean): Promise<void> {
  const address = email.trim().toLowerCase();
  if (wanted) await db.smsConsent.createMany({ data: [{ email: address }], skipDuplicates: true });
  else await db.smsConsent.deleteMany({ where: { email: address } });
}
