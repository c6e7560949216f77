import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot } from './support';

test('the home page shows the demo businesses and their listings', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('book them in one place');
  await expect(page.getByRole('heading', { name: 'Browse by category' })).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toContainText('Demo site'); // a demo says so on every page
  for (const vendor of ['WaterTrek Garda', 'Phuket Wheels', 'Lumière Salon', 'Maya Chen Coaching', 'Harbour Works Coworking']) {
    await expect(page.getByRole('link', { name: new RegExp(vendor) }).first()).toBeVisible();
  }
  await keepScreenshot(page, 'home');
  await expectAccessible(page);
});

test('a storefront lists its listings and a listing page shows price and policy', async ({ page }) => {
  await page.goto('/v/watertrek');
  await expect(page.getByRole('heading', { name: 'WaterTrek Garda', level: 1 })).toBeVisible();
  await keepScreenshot(page, 'storefront');
  await page.getByRole('link', { name: /Motorboat Sea Ray 19/ }).click();
  await expect(page.getByRole('heading', { name: /Motorboat Sea Ray 19/, level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary').getByText('€85.00 per hour')).toBeVisible();
  await expect(page.getByText(/Free cancellation up to 24 hours before the start/)).toBeVisible();
  await keepScreenshot(page, 'listing');
  await expectAccessible(page);
});

test('an unknown page gets a helpful 404', async ({ page }) => {
  const response = await page.goto('/v/no-such-vendor');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
});
