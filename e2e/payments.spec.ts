import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, uniqueEmail } from './support';

// A guest pays online in test mode (no Stripe keys: the built-in test checkout posts a signed
// event through the real webhook code), then cancels inside the free window and is refunded.

async function bookSunsetTour(page: Page) {
  await page.goto('/v/watertrek/sunset-kayak-tour');
  // A day well ahead, so cancelling falls inside the 24-hour free window.
  const days = page.getByRole('link', { name: /, available$/ });
  await days.nth(4).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await page.getByRole('radio', { name: /18:30–20:30 · \d+ seats left/ }).check();
  await page.getByLabel('Seats', { exact: true }).fill('1');
  await expect(page.getByTestId('quote-total')).toHaveText('€47.58'); // €39 + 22 % tax
  await page.getByLabel('Your name').fill('Paula Payer');
  await page.getByLabel('Email').fill(uniqueEmail('payer'));
  await page.getByLabel('Phone').fill('+39 333 000 2222');
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(/\/manage\/[\w-]+\?new=1/);
  return new URL(page.url()).pathname; // /manage/<token>
}

/** The booking page's "Pay … now" button. */
async function pressPayNow(page: Page) {
  await page.getByRole('button', { name: /^Pay .+ now$/ }).click();
}

test('a guest books a paid session, pays in test mode, is confirmed, cancels and is refunded', async ({ page, browser }) => {
  const managePath = await bookSunsetTour(page);
  await expect(page.getByText(/Pay €47\.58 by /)).toBeVisible();

  await pressPayNow(page);
  await expect(page).toHaveURL(/\/pay\/test-checkout\//);
  await expect(page.getByText('Test mode — no real money', { exact: false })).toBeVisible();
  await expect(page.getByTestId('test-checkout-amount')).toHaveText('€47.58');
  await keepScreenshot(page, 'test-checkout');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Pay €47.58 (test)' }).click();

  await expect(page).toHaveURL(/\/pay\/success\?/);
  await expect(page.getByTestId('payment-status-message')).toHaveText(/Payment received: your booking is confirmed/);
  await expect(page.getByText('Confirmed', { exact: true })).toBeVisible();
  await keepScreenshot(page, 'payment-success');
  // The return URL names only the booking: opened in another browser, it shows nothing of it.
  const stranger = await browser.newPage();
  await stranger.goto(new URL(page.url()).pathname + new URL(page.url()).search);
  await expect(stranger.getByTestId('payment-status-message')).toHaveText(/We cannot show this booking here/);
  await expect(stranger.getByText('Sunset', { exact: false })).toHaveCount(0);
  await stranger.close();
  await page.getByRole('link', { name: 'Back to your booking' }).click();

  await expect(page).toHaveURL(new RegExp(`${managePath}$`));
  await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
  await expect(page.getByText(/you get €47\.58 back \(100%/)).toBeVisible();

  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await page.getByRole('button', { name: 'Yes, cancel booking' }).click();
  await expect(page.getByText(/This booking was cancelled/)).toBeVisible();
  // The refund goes out right after the response (outbox); the page shows it once recorded.
  await expect(async () => {
    await page.reload();
    await expect(page.locator('#price').getByText('Refunded')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator('#price').getByText('€47.58').last()).toBeVisible();
  await keepScreenshot(page, 'payment-refunded');
});

test('a failed test payment confirms nothing and says so', async ({ page }) => {
  await bookSunsetTour(page);
  await pressPayNow(page);
  await page.getByRole('button', { name: 'Fail the payment' }).click();
  await expect(page).toHaveURL(/\/pay\/cancel\?/);
  await expect(page.getByRole('alert').filter({ hasText: 'The payment failed' })).toBeVisible();
  await expect(page.getByText('Awaiting payment', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your booking' }).click();
  await expect(page.getByText(/Pay €47\.58 by /)).toBeVisible();
});
