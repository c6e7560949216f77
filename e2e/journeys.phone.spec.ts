import { expect, test, type Page } from '@playwright/test';
import { keepScreenshot, signIn } from './support';

// The main journeys on a phone (the "phone" project: 390 × 844). Every page visited must fit the
// screen: nothing scrolls sideways.

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectNoSidewaysScroll(page: Page) {
  const widths = () => page.evaluate(() => ({ content: document.documentElement.scrollWidth, screen: window.innerWidth }));
  await expect.poll(async () => {
    const { content, screen } = await widths();
    return content <= screen ? 'fits' : `${content} px wide on a ${screen} px screen`;
  }).toBe('fits');
}

test('a guest searches, opens a listing and books it on a phone', async ({ page }) => {
  await page.goto('/');
  await expectNoSidewaysScroll(page);
  // The header is one row: its links fold behind an accessible Menu button.
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Explore' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  // Results come first; the filters wait behind one button.
  await page.goto('/search?q=kayak');
  await expectNoSidewaysScroll(page);
  const filters = page.getByRole('button', { name: /^Filters/ });
  await expect(filters).toHaveText('Filters (1)');
  await expect(page.getByLabel('Category')).toBeHidden();
  const firstResult = page.getByRole('heading', { name: 'Double kayak, full day' });
  await expect(firstResult).toBeInViewport();
  await filters.click();
  await expect(page.getByLabel('Category')).toBeVisible();
  await keepScreenshot(page, 'phone-search');

  await firstResult.click();
  await expect(page).toHaveURL(/\/v\/watertrek\/double-kayak/);
  await expectNoSidewaysScroll(page);
  // The price and the way to book stay on screen while reading.
  const bar = page.getByTestId('sticky-book-bar');
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText('€45.00');
  await bar.getByRole('link', { name: 'Book' }).click();
  await expect(page).toHaveURL(/#book$/);

  const start = daysAhead(64); // a day no desktop spec books, so both projects can share the database
  await page.goto(`/v/watertrek/double-kayak?month=${start.slice(0, 7)}&date=${start}#book`);
  await expect(page.getByLabel('Start')).toHaveValue(start);
  await page.getByLabel('Your name').fill('Pia Phone');
  await page.getByLabel('Email').fill('pia.phone@example.com');
  await page.getByLabel('Phone').fill('+44 7700 900777');
  await expect(page.getByTestId('quote-total')).toHaveText('€54.90');
  await keepScreenshot(page, 'phone-listing');
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(/\/manage\/[\w-]+\?new=1/);
  await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('an owner reads the bookings as cards on a phone', async ({ page }) => {
  await signIn(page, 'watertrek@example.com');
  await expect(page).toHaveURL(/\/dashboard/);
  await expectNoSidewaysScroll(page);

  await page.goto('/dashboard/bookings');
  await expectNoSidewaysScroll(page);
  // Bookings before the filters, each one a card naming its fields.
  await expect(page.getByLabel('Status')).toBeHidden();
  const firstRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: /^BK-/ }) }).first();
  const box = await firstRow.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await keepScreenshot(page, 'phone-dashboard-bookings');

  await firstRow.getByRole('link', { name: /^BK-/ }).click();
  await expect(page).toHaveURL(/\/dashboard\/bookings\/[\w-]+/);
  await expectNoSidewaysScroll(page);

  for (const path of ['/dashboard/calendar', '/dashboard/listings', '/dashboard/profile', '/dashboard/team']) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
});
