import { TZDate } from '@date-fns/tz';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { simpleParser, type ParsedMail } from 'mailparser';
import { uniqueEmail } from './support';

// A guest books, and the confirmation reaches a real SMTP server (not the dev mailbox) with its
// calendar invite; the email's link opens the booking. Run by playwright.delivery.config.ts.

const DAY_MS = 86_400_000;
const dateAhead = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

async function mailsTo(address: string): Promise<ParsedMail[]> {
  const response = await fetch(`${process.env.E2E_SMTP_CAPTURE_URL}/messages?to=${encodeURIComponent(address)}`);
  const messages = (await response.json()) as Array<{ raw: string }>;
  return Promise.all(messages.map((m) => simpleParser(m.raw)));
}

test('a guest books and gets the confirmation with its invite over SMTP', async ({ page }) => {
  const email = uniqueEmail('smtp-guest');
  const start = dateAhead(70);
  const end = dateAhead(71);
  await page.goto('/v/watertrek/double-kayak');
  await page.getByLabel('Start').fill(start);
  await page.getByLabel('End').fill(end);
  await page.getByLabel('Your name').fill('Sam Smtp');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Phone').fill('+39 333 000 2222');
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(/\/manage\/[A-Za-z0-9_-]+\?new=1$/);

  // Delivered right after the response (no cron, no button): wait for the SMTP server to have it.
  let confirmation: ParsedMail | undefined;
  await expect(async () => {
    confirmation = (await mailsTo(email)).find((m) => m.subject?.startsWith('Booking confirmed: Double kayak, full day'));
    expect(confirmation).toBeDefined();
  }).toPass({ timeout: 30_000 });
  const mail = confirmation!;
  expect(mail.from?.value[0]?.address).toBe('bookings@bookwell.test');
  expect(mail.html).toContain('WaterTrek Garda');
  expect(mail.text).toContain('Europe/Rome');

  const attachment = mail.attachments.find((a) => a.contentType === 'text/calendar');
  expect(attachment).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Rome'); // found in the production build too
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!, { exceptions: [] });
  // A day rental runs from midnight to midnight in the listing's zone.
  const midnight = (date: string) => new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 'Europe/Rome').getTime();
  expect(event.startDate.toJSDate().getTime()).toBe(midnight(start));
  expect([midnight(end), midnight(end) + DAY_MS]).toContain(event.endDate.toJSDate().getTime()); // to the end day's start or end (no DST change in between)
  expect(event.uid).toMatch(/^booking-[0-9a-f-]+@bookwell$/);

  // The email's link opens the booking.
  const link = mail.text!.match(/http:\/\/127\.0\.0\.1:\d+(\/manage\/[A-Za-z0-9_-]+)/);
  expect(link).not.toBeNull();
  await page.goto(link![1]!);
  await expect(page.getByRole('heading', { level: 1, name: 'Double kayak, full day' })).toBeVisible();
});
