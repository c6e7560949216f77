import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';

export type OutgoingEmail = {
  /** A stable id (see lib/outbox/idempotent-id.ts) makes sending idempotent: a second call sends nothing. */
  id?: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  bookingId?: string | null;
};

/** True when emails leave the building; otherwise they are only kept for the dev mailbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

/**
 * Sends an email once. The EmailMessage row is the record of what was sent and, without an SMTP
 * server, the dev mailbox (/dev/mailbox). It is written first, so a repeated call with the same id
 * returns { sent: false } without sending again; a failed SMTP send removes it so a retry sends.
 */
export async function sendEmail(db: Pick<Db, 'emailMessage'>, email: OutgoingEmail): Promise<{ id: string; sent: boolean }> {
  const id = email.id ?? randomUUID();
  const row = { id, to: email.to, subject: email.subject, text: email.text, html: email.html ?? null, bookingId: email.bookingId ?? null };
  const inserted = await db.emailMessage.createMany({ data: [row], skipDuplicates: true });
  if (inserted.count === 0) return { id, sent: false };
  try {
    await deliverOverSmtp(email);
  } catch (error) {
    await db.emailMessage.deleteMany({ where: { id } });
    throw error;
  }
  return { id, sent: true };
}

async function deliverOverSmtp(email: OutgoingEmail): Promise<void> {
  if (!smtpConfigured()) return; // no SMTP server: the stored row is the dev mailbox
  // TODO(smtp): nodemailer is not installed. Once it is:
  //   await createTransport(process.env.SMTP_URL).sendMail({ from: process.env.EMAIL_FROM, to: email.to,
  //     subject: email.subject, text: email.text, html: email.html ?? undefined })  (+ the booking's .ics)
  // Until then a configured SMTP_URL fails loudly (the outbox retries) instead of dropping mail.
  throw new Error(`SMTP_URL is set but no SMTP transport is installed yet; "${email.subject}" to ${email.to} was not sent.`);
}
