import 'server-only';
import { createTransport, type Transporter } from 'nodemailer';
import type { OutgoingEmail } from './outgoing';

// The real SMTP transport (nodemailer), used when SMTP_URL is set, e.g.
// smtps://user:pass@smtp.example.com:465 or smtp://localhost:2525. Without it mail stays in the
// dev mailbox. EMAIL_FROM is the sender ("Bookwell <bookings@example.com>").

/** True when emails leave the building; otherwise they are only kept for the dev mailbox. */
export function smtpConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export function emailFrom(): string {
  return process.env.EMAIL_FROM || 'Bookwell <no-reply@bookwell.localhost>';
}

let cached: { url: string; transport: Transporter } | null = null;

function transport(): Transporter {
  const url = process.env.SMTP_URL!;
  if (cached?.url !== url) {
    cached?.transport.close();
    // Short timeouts: a dead server fails the delivery (retried later) instead of holding a worker.
    cached = { url, transport: createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) };
  }
  return cached.transport;
}

/** `<id@domain>`, the domain of EMAIL_FROM's address (or APP_URL's host). */
export function messageIdFor(id: string): string {
  const from = /@([A-Za-z0-9.-]+)>?\s*$/.exec(emailFrom())?.[1];
  let domain = from;
  if (!domain) {
    try {
      domain = new URL(process.env.APP_URL ?? '').hostname;
    } catch {
      domain = 'bookwell.localhost';
    }
  }
  return `<${id}@${domain || 'bookwell.localhost'}>`;
}

/** Hands the email to the SMTP server; resolves once the server accepted it (throws otherwise). */
export async function deliverOverSmtp(email: OutgoingEmail & { id: string }): Promise<{ messageId: string }> {
  const info = await transport().sendMail({
    from: emailFrom(),
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html ?? undefined,
    // The Message-ID comes from the email's id (derived from its outbox message and recipient), so
    // if an SMTP acceptance is ever repeated (a crash between the server's "250 OK" and our
    // record of it), the copies carry one Message-ID and clients and servers can drop the second.
    messageId: messageIdFor(email.id),
    headers: { 'X-Bookwell-Email-Id': email.id, ...email.headers },
    attachments: email.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  });
  if (info.rejected?.length) throw new Error(`The SMTP server rejected ${info.rejected.join(', ')}.`);
  return { messageId: info.messageId };
}
