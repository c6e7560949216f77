import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { OutgoingEmail } from './outgoing';
import { deliverOverSmtp, smtpConfigured } from './smtp';

export type { EmailAttachment, OutgoingEmail } from './outgoing';

export { smtpConfigured };

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
    if (smtpConfigured()) await deliverOverSmtp({ ...email, id });
  } catch (error) {
    await db.emailMessage.deleteMany({ where: { id } });
    throw error;
  }
  return { id, sent: true };
}
