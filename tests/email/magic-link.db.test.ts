import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import { manageLinkRequestSchema, requestManageLink } from '@/lib/magic-links/request-manage-link';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture';

let t: TestDatabase;
let smtp: SmtpCapture;
beforeAll(async () => {
  t = await useTestDatabase();
  smtp = await startSmtpCapture();
});
afterAll(() => smtp.close());
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.APP_URL;
});

describe('emailing a guest a new magic link', () => {
  it('sends a working link to the booking’s own address when email and reference match, and nothing otherwise', async () => {
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL = 'https://book.example.test';
    const { listing } = await givenVendor(t.db).withRental({ units: 2 });
    const start = hoursAfter(NOW, 72);
    const contact = { ...guestContact, email: 'lost-link@example.com' };
    const booking = await requestBooking(t.db, { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 1), contact }, { kind: 'guest' }, { now: NOW });
    await processOutbox(t.db, { now: NOW });
    const before = (await smtp.waitForTo(contact.email, 1)).length;

    await requestManageLink(t.db, manageLinkRequestSchema.parse({ email: 'someone-else@example.com', reference: booking.reference }));
    await requestManageLink(t.db, manageLinkRequestSchema.parse({ email: contact.email, reference: 'BK-ZZZZZZ' }));
    expect(await t.db.outboxMessage.count({ where: { topic: 'magic_link.requested' } })).toBe(0);

    await requestManageLink(t.db, manageLinkRequestSchema.parse({ email: ' Lost-Link@Example.com ', reference: booking.reference.toLowerCase() }));
    await processOutbox(t.db, { now: NOW });
    const mails = await smtp.waitForTo(contact.email, before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe(`Your link to booking ${booking.reference}`);
    const token = mail.text!.match(/https:\/\/book\.example\.test\/manage\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await resolveManageToken(t.db, token, NOW)).toEqual({ bookingId: booking.id });
    expect(mail.html).toContain('Open your booking</a>');
    expect(() => manageLinkRequestSchema.parse({ email: 'x@example.com', reference: 'nope' })).toThrow();
  });
});
