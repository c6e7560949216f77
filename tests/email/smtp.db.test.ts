import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sendEmail } from '@/lib/email/send-email';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

// Real SMTP: nodemailer talks to a real SMTP server (smtp-server) and mailparser reads it back.

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.EMAIL_FROM;
});

const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'METHOD:REQUEST', 'END:VCALENDAR', ''].join('\r\n');

describe('sending over SMTP', () => {
  it('delivers headers, the text and HTML parts and attachments, from EMAIL_FROM', async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.EMAIL_FROM = 'Harbour Kayaks via Bookwell <bookings@bookwell.test>';
    const result = await sendEmail(t.db, {
      id: '0190f3c4-0000-8000-8000-00000000aaaa',
      to: 'ana@example.com',
      subject: 'Booking confirmed: Kayak (BK-TEST01)',
      text: 'Your booking is confirmed. Ünïcode survives.',
      html: '<p>Your booking is <strong>confirmed</strong>.</p>',
      headers: { 'List-Unsubscribe': '<https://book.example.test/account/notifications>' },
      attachments: [{ filename: 'invite.ics', content: ics, contentType: 'text/calendar; method=REQUEST; charset=utf-8' }],
    });
    expect(result).toEqual({ id: '0190f3c4-0000-8000-8000-00000000aaaa', sent: true });

    const [mail] = await smtp.waitFor(1);
    expect(mail!.envelopeTo).toEqual(['ana@example.com']);
    expect(mail!.from?.value).toEqual([{ name: 'Harbour Kayaks via Bookwell', address: 'bookings@bookwell.test' }]);
    expect(mail!.subject).toBe('Booking confirmed: Kayak (BK-TEST01)');
    expect(mail!.text?.trim()).toBe('Your booking is confirmed. Ünïcode survives.');
    expect(mail!.html).toContain('<strong>confirmed</strong>');
    expect(mail!.headers.get('x-bookwell-email-id')).toBe('0190f3c4-0000-8000-8000-00000000aaaa');
    expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe('List-Unsubscribe: <https://book.example.test/account/notifications>');
    expect(mail!.attachments).toHaveLength(1);
    expect(mail!.attachments[0]).toMatchObject({ filename: 'invite.ics', contentType: 'text/calendar' });
    expect(mail!.attachments[0]!.content.toString('utf8')).toBe(ics);

    // The same id again sends nothing.
    expect((await sendEmail(t.db, { id: '0190f3c4-0000-8000-8000-00000000aaaa', to: 'ana@example.com', subject: 'x', text: 'x' })).sent).toBe(false);
    expect(smtp.mails).toHaveLength(1);
  });

  it('keeps mail in the dev mailbox without SMTP_URL', async () => {
    const before = smtp.mails.length;
    const { id } = await sendEmail(t.db, { to: 'dev@example.com', subject: 'Only here', text: 'Hello' });
    expect(await t.db.emailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ to: 'dev@example.com', subject: 'Only here' });
    expect(smtp.mails).toHaveLength(before);
  });
});
