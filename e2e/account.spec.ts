import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn, uniqueEmail } from './support';

// Self-service: My bookings, the booking page, the guest's magic link. Dates are 40–60 days ahead so
// these bookings never meet the other browser tests' ones.

const DAY_MS = 86_400_000;

/** A local date `days` ahead, moved forward to the given ISO weekday (1 = Monday). */
function dateAhead(days: number, weekday?: number): string {
  const date = new Date(Date.now() + days * DAY_MS);
  while (weekday && ((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setTime(date.getTime() + DAY_MS);
  return date.toISOString().slice(0, 10);
}

const dayName = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const monthName = (date: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));

/** Clicks the day in the listing's month calendar, going forward a month at a time until it shows. */
async function pickCalendarDay(page: Page, date: string) {
  const target = monthName(date);
  for (let month = 0; month < 4 && !(await page.getByRole('heading', { name: target }).isVisible()); month += 1) {
    const next = page.getByRole('link', { name: /^Next month/ });
    const label = (await next.getAttribute('aria-label'))!.replace('Next month, ', '');
    await next.click();
    await expect(page.getByRole('heading', { name: label })).toBeVisible();
  }
  const day = page.getByRole('link', { name: new RegExp(`^${dayName(date)}\\b`) });
  await day.click();
  await expect(day).toHaveAttribute('aria-current', 'date');
}

/** The page must fit a 360 px wide phone without sideways scrolling. */
async function expectFitsNarrowScreen(page: Page) {
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a signed-in customer books an appointment slot and sees it in My bookings', async ({ page }) => {
  await signIn(page, 'customer@example.com');
  await expect(page).toHaveURL(/\/account/);

  await page.goto('/v/lumiere-salon/haircut-and-style');
  await pickCalendarDay(page, dateAhead(42, 3)); // a Wednesday: every stylist works
  const times = page.getByRole('group', { name: 'Time' });
  await expect(page.getByRole('radio', { name: /Anyone available/ })).toBeChecked(); // the default
  await times.locator('label').last().click();
  await expect(times.getByRole('radio', { checked: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page).toHaveURL(/\/account\/bookings\/[0-9a-f-]{36}\?new=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Booking received' })).toBeVisible();
  await expect(page.getByText(/Pay £54\.00 by /)).toBeVisible(); // the next step: pay online to confirm
  const reference = (await page.getByText(/^Reference BK-/).textContent())!.replace('Reference ', '').trim();
  await expect(page.getByRole('link', { name: 'Haircut & style' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expectAccessible(page);
  await expectFitsNarrowScreen(page);
  await keepScreenshot(page, 'account-booking');

  await page.getByRole('link', { name: 'My bookings' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const row = page.getByRole('listitem').filter({ hasText: reference });
  await expect(row.getByRole('link', { name: 'Haircut & style' })).toBeVisible();
  await expect(row.getByText('Awaiting payment')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expectAccessible(page);
});

test('a guest cancels through the magic link', async ({ page, browser }) => {
  const email = uniqueEmail('guest');
  const start = dateAhead(50);
  await page.goto('/v/watertrek/double-kayak');
  await page.getByLabel('Start').fill(start);
  await page.getByLabel('End').fill(dateAhead(51));
  await page.getByLabel('Your name').fill('Greta Guest');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Phone').fill('+39 333 000 1111');
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(/\/manage\/[A-Za-z0-9_-]+\?new=1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Booking received' })).toBeVisible();

  // The confirmation email, read in the dev mailbox (in a production build only operators see it).
  const operator = await browser.newContext();
  const mailbox = await operator.newPage();
  await signIn(mailbox, 'operator@example.com');
  await expect(mailbox).toHaveURL(/\/admin/);
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const confirmation = mailbox.getByRole('article').filter({ hasText: 'Booking confirmed: Double kayak, full day' });
  await expect(async () => {
    await mailbox.getByRole('button', { name: 'Deliver pending messages' }).click(); // no need to wait for the cron job
    await expect(confirmation).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expectAccessible(mailbox);
  const link = await confirmation.getByRole('link', { name: /\/manage\/[A-Za-z0-9_-]+$/ }).getAttribute('href');

  await page.goto(new URL(link!).pathname); // the email's absolute URL points at APP_URL
  await expect(page.getByRole('heading', { level: 1, name: 'Double kayak, full day' })).toBeVisible();
  await expect(page.getByText('Nothing has been paid, so there is nothing to refund.').first()).toBeVisible();
  await expectAccessible(page);
  await expectFitsNarrowScreen(page);

  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(page.getByRole('heading', { name: 'Cancel this booking?' })).toBeFocused();
  await page.getByLabel('Reason (optional)').fill('Weather looks bad');
  await page.getByRole('button', { name: 'Yes, cancel booking' }).click();
  await expect(page.getByText(/This booking was cancelled/)).toBeVisible();
  await expect(page.getByText('Cancelled', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Reason: Weather looks bad').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel booking' })).toHaveCount(0);
  await keepScreenshot(page, 'manage-cancelled');

  // The cancellation email goes out right after the response, without anyone pressing a button.
  await expect(async () => {
    await mailbox.reload();
    await expect(mailbox.getByRole('article').filter({ hasText: 'Booking cancelled: Double kayak, full day' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await operator.close();

  const invalid = await page.goto('/manage/this-link-was-never-issued-0000000000');
  expect(invalid?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This booking link is not valid or has expired' })).toBeVisible();
  await expect(page.getByText(/Error|at .*\.js/)).toHaveCount(0);
});
