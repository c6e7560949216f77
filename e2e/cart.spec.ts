import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot } from './support';

// A guest fills a cart from three listing pages and books it all at once. Dates are 26–40 days
// ahead so other browser tests do not compete for the same scooters, seats and slots.

/** The local date `days` from today in `zone`, as 'YYYY-MM-DD'. */
function localDate(days: number, zone: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}
const isoWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const monthTitle = (date: string) => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(date));
const dayTitle = (date: string) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(date));
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

/** Pages the listing's month calendar forward to `date` and picks that day. */
async function chooseDay(page: Page, date: string, zone: string) {
  const today = localDate(0, zone);
  for (let i = 1; i <= monthsBetween(today, date); i += 1) {
    const next = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + i, 1)).toISOString().slice(0, 10);
    await page.getByRole('link', { name: /^Next month/ }).or(page.getByRole('button', { name: /^Next month/ })).click();
    await expect(page.getByRole('heading', { name: monthTitle(next) })).toBeVisible();
  }
  const name = new RegExp(`^${dayTitle(date)}\\b`);
  const day = page.getByRole('link', { name }).or(page.getByRole('button', { name }));
  await day.click();
  await expect(day).toHaveAttribute('aria-current', /date|true/);
}

async function addToCart(page: Page) {
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to your cart' })).toBeVisible();
}

test('cart with four items checks out together and pays what is due online in one checkout per currency', async ({ page }) => {
  // A Honda PCX for two days, from its date fields.
  const pickup = localDate(33, 'Asia/Bangkok');
  const dropOff = localDate(35, 'Asia/Bangkok');
  await page.goto('/v/phuket-wheels/honda-pcx-160');
  await page.getByLabel('Start', { exact: true }).fill(pickup);
  await page.getByLabel('End', { exact: true }).fill(dropOff);
  await addToCart(page);

  // One seat on the sunset kayak tour (sessions are scheduled four weeks ahead), twice: two
  // bookings paid online in euros, which the done page pays in one checkout.
  const tourDay = localDate(26, 'Europe/Rome');
  for (let i = 0; i < 2; i += 1) {
    await page.goto('/v/watertrek/sunset-kayak-tour');
    await chooseDay(page, tourDay, 'Europe/Rome');
    await page.getByRole('group', { name: 'Session' }).getByRole('radio').first().check();
    await addToCart(page);
  }

  // A massage with Chloé, who works Wednesday to Sunday: the last slot of such a day.
  let massageDay = localDate(36, 'Europe/London');
  for (let d = 37; isoWeekday(massageDay) < 3; d += 1) massageDay = localDate(d, 'Europe/London');
  await page.goto('/v/lumiere-salon/relaxing-massage');
  await chooseDay(page, massageDay, 'Europe/London');
  const slots = page.getByRole('group', { name: 'Time' }).locator('label');
  await slots.last().click();
  await addToCart(page);

  // The cart shows all four, priced in their own currencies, and survives a reload.
  await page.goto('/cart');
  const expectCart = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Your cart · 4 items/);
    await expect(page.getByRole('heading', { level: 3, name: 'Sunset kayak tour' })).toHaveCount(2);
    for (const title of ['Honda PCX 160 scooter', 'Sunset kayak tour', 'Relaxing massage (60 min)']) {
      await expect(page.getByRole('heading', { level: 3, name: title }).first()).toBeVisible();
    }
    const summary = page.getByRole('complementary', { name: 'Summary' });
    await expect(summary.getByText('THB 700.00')).toBeVisible(); // 2 days × ฿350
    await expect(summary.getByText('€95.16').first()).toBeVisible(); // 2 × (1 seat × €39 + 22 % tax)
    await expect(summary.getByText('£84.00').first()).toBeVisible(); // £70 + 20 % tax
  };
  await expectCart();
  await expect(page.getByText(/\(ICT\)|\(GMT\+7\)/)).toBeVisible(); // times in the listing's zone, named
  await keepScreenshot(page, 'cart');
  await expectAccessible(page);
  await page.reload();
  await expectCart();

  // Narrow phones: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Checking out asks who the bookings are for, then books all four at once.
  await page.getByRole('button', { name: 'Book all 4 items' }).click();
  await expect(page.getByText('Enter your name')).toBeVisible();
  await page.getByLabel('Full name').fill('Carla Cart');
  await page.getByLabel('Email', { exact: true }).fill('carla.cart@example.com');
  await page.getByLabel('Phone', { exact: true }).fill('+39 333 000 1234');
  await page.getByRole('button', { name: 'Book all 4 items' }).click();

  await expect(page).toHaveURL(/\/cart\/done$/);
  await expect(page.getByRole('heading', { name: 'All 4 bookings are made' })).toBeVisible();
  const references = page.getByTestId('booking-reference');
  await expect(references).toHaveCount(4);
  for (const reference of await references.allTextContents()) expect(reference).toMatch(/^BK-[0-9A-Z]{6}$/);
  await expect(page.getByRole('link', { name: /^Manage booking BK-/ })).toHaveCount(4);
  // One Pay button per currency with everything due online in it: both kayak seats in one payment.
  await expect(page.getByRole('button', { name: /^Pay .* now$/ })).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Due online now: €95.16' })).toBeVisible();
  await expect(page.getByText(/One payment confirms all 2 bookings/)).toBeVisible();
  await keepScreenshot(page, 'cart-done');
  await expectAccessible(page);

  // The cart is empty now; the confirmation survives a reload of its own page.
  await page.reload();
  await expect(references).toHaveCount(4);

  // Paying the euros: one checkout for both seats, both confirmed by it.
  await page.getByRole('button', { name: 'Pay €95.16 now' }).click();
  await expect(page.getByTestId('test-checkout-amount')).toHaveText('€95.16');
  await expect(page.getByRole('heading', { name: /Pay for 2 bookings/ })).toBeVisible();
  await page.getByRole('button', { name: 'Pay €95.16 (test)' }).click();
  await expect(page.getByTestId('payment-status-message')).toHaveText('Payment received: all 2 bookings are confirmed. Paid €95.16.');
  await page.getByRole('link', { name: 'Back to your bookings' }).click();
  await expect(page).toHaveURL(/\/cart\/done$/);
  await expect(page.getByRole('button', { name: /^Pay .* now$/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Pay £84.00 now' })).toBeVisible();

  await page.goto('/cart');
  await expect(page.getByText('Your cart is empty')).toBeVisible();
});
