export type EmailAttachment = { filename: string; content: string; contentType: string };

export type OutgoingEmail = {
  /** A stable id (see lib/outbox/idempotent-id.ts) makes sending idempotent: a second call sends nothing. */
  id?: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  bookingId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe on non-essential mail. */
  headers?: Record<string, string>;
  attachments?: EmailAttachment[];
};
