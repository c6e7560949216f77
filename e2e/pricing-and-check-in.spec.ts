import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn } from './support';

// Issue 18: a promo code at booking (with the weekly discount), days used of a monthly desk, and
// the front desk opening a booking from its QR code or its typed reference.

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a guest books a week of hot desk with a promo code: base, weekly discount, promo, tax and total', async ({ page }) => {
  test.setTimeout(150_000); // an accessibility scan and a booking on a busy machine
  const start = daysAhead(30);
  await page.goto(`/v/harbour-works/hot-desk?month=${start.slice(0, 7)}&date=${start}#book`);
  await expect(page.getByLabel('Start')).toHaveValue(start);
  await page.getByLabel('End').fill(daysAhead(37));
  const price = page.getByLabel('Price');
  await expect(price.getByText('Weekly rate (7+ days) −10%')).toBeVisible();

  await page.getByLabel('Promo code (optional)').fill('NOPE');
  await expect(page.getByText('This promo code is not valid for this business.')).toBeVisible();
  await page.getByLabel('Promo code (optional)').fill('harbour10');
  await expect(price.getByText('Promo code HARBOUR10 −10%')).toBeVisible();
  // 7 × A$35 = 245 − 24.50 weekly − 22.05 promo = 198.45, + 10 % tax 19.85 = 218.30
  await expect(page.getByTestId('quote-total')).toHaveText(/218\.30/);

  await page.getByLabel('Your name').fill('Pia Promo');
  await page.getByLabel('Email').fill('pia.promo@example.com');
  await page.getByLabel('Phone').fill('+61 400 111 222');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page).toHaveURL(/\/manage\/[\w-]+\?new=1/);
  await expect(page.getByText('Promo code HARBOUR10 −10%').first()).toBeVisible();
  await expect(page.getByText(/218\.30/).first()).toBeVisible();
  // The confirmation carries the check-in QR code.
  await expect(page.getByRole('img', { name: /QR code to check in booking BK-/ })).toBeVisible();
  await keepScreenshot(page, 'booking-promo-code-qr');
});

test('the front desk opens a monthly desk from its QR code or its reference, ready to check in; another business cannot', async ({ browser }) => {
  test.setTimeout(180_000); // three people signed in, two accessibility scans
  // The customer's booking page: days used of the month, and the QR code.
  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, 'customer@example.com');
  await expect(customer).toHaveURL(/\/account/);
  await customer.getByRole('link', { name: 'Dedicated desk, monthly' }).first().click();
  await expect(customer.getByTestId('days-used')).toContainText(/10 of (28|29|30|31) days used · \d+ days remaining/);
  const qr = customer.getByTestId('check-in-qr');
  await expect(qr).toBeVisible();
  const checkInPath = new URL((await qr.getAttribute('data-url'))!).pathname;
  expect(checkInPath).toMatch(/^\/dashboard\/check-in\/c1\./);

  // Another business's member scanning it is told it is not theirs.
  const stranger = await (await browser.newContext()).newPage();
  await signIn(stranger, 'watertrek@example.com');
  await expect(stranger).toHaveURL(/\/dashboard/);
  await stranger.goto(checkInPath);
  await expect(stranger.getByText('This booking is with another business: only its own team can check it in.')).toBeVisible();

  // The desk types the reference, any case.
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, 'cowork@example.com');
  await expect(desk).toHaveURL(/\/dashboard/);
  await desk.getByRole('navigation', { name: 'Dashboard sections' }).getByRole('link', { name: 'Check in' }).click();
  await desk.getByLabel('Booking reference').fill('bk-desk02');
  await desk.getByRole('button', { name: 'Open booking' }).click();
  await expect(desk.getByText('No booking BK-DESK02 at your business.')).toBeVisible();
  await desk.getByLabel('Booking reference').fill('bk-desk01');
  await desk.getByRole('button', { name: 'Open booking' }).click();
  await expect(desk).toHaveURL(/\/dashboard\/bookings\/[\w-]+\?checkin=1/);
  await expect(desk.getByTestId('check-in-ready')).toHaveText('Ready to check in Dana Customer (BK-DESK01).');
  await expect(desk.getByTestId('days-used')).toContainText('days used');
  await expect(desk.getByText('Checked in today.')).toBeVisible();

  // … or scans the QR code: the booking opens with the check-in button focused.
  await desk.goto(checkInPath);
  await expect(desk).toHaveURL(/\/dashboard\/bookings\/[\w-]+\?checkin=1/);
  await expect(desk.getByRole('button', { name: 'Check in', exact: true })).toBeFocused();
  await expectAccessible(desk);
  await desk.keyboard.press('Enter');
  await expect(desk.getByText('Checked in', { exact: true }).first()).toBeVisible();
});
