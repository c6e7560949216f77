import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn } from './support';

// The operator console. Harbour Works Coworking is suspended here because no other spec books it;
// it is always reactivated, even when a step fails, since every spec shares one seeded database.

const VENDOR = 'Harbour Works Coworking';
const SLUG = 'harbour-works';
const LISTING = 'Hot desk day pass';

async function signInAsOperator(page: Page) {
  await signIn(page, 'operator@example.com');
  await expect(page.getByRole('link', { name: 'Admin' })).toBeVisible();
}

async function openVendor(page: Page) {
  await page.goto(`/admin/vendors?q=${encodeURIComponent('harbour')}`);
  await page.getByRole('link', { name: VENDOR }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(VENDOR) })).toBeVisible();
}

async function listingInSearch(page: Page) {
  await page.goto(`/search?q=${encodeURIComponent(LISTING)}`);
  return page.getByRole('link', { name: new RegExp(LISTING) });
}

test.afterEach(async ({ browser }) => {
  // Safety net: leave the vendor active for the other specs.
  const page = await browser.newPage();
  await signInAsOperator(page);
  await openVendor(page);
  if (await page.getByRole('button', { name: 'Reactivate business' }).isVisible()) {
    await page.getByLabel('Reason to reactivate').fill('Cleanup after the admin e2e test');
    await page.getByRole('button', { name: 'Reactivate business' }).click();
    await expect(page.getByRole('button', { name: 'Suspend business' })).toBeVisible();
  }
  await page.close();
});

test('the console is for operators only', async ({ page }) => {
  await page.goto('/admin/vendors');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin%2Fvendors/);
  await signIn(page, 'customer@example.com');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console sections' })).toHaveCount(0);
});

test('an operator suspends a vendor and its listings disappear from the catalog; reactivating brings them back', async ({ page, browser }) => {
  await expect(await listingInSearch(page)).toHaveCount(1);

  await signInAsOperator(page);
  await page.getByRole('link', { name: 'Admin' }).click();
  await expect(page.getByRole('heading', { name: 'Operator console', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Vendors' }).click();
  await page.getByLabel('Search').fill('harbour');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/q=harbour/);
  await expect(page.getByTestId('result-count')).toHaveText('1 business');
  await keepScreenshot(page, 'admin-vendors');
  await expectAccessible(page);
  await page.getByRole('link', { name: VENDOR }).click();

  // A reason is required.
  await page.getByRole('button', { name: 'Suspend business' }).click();
  await expect(page.getByText('Give a reason (at least 3 characters)')).toBeVisible();
  await page.getByLabel('Reason to suspend').fill('Reported listings under review');
  await page.getByRole('button', { name: 'Suspend business' }).click();
  await expect(page.getByText(/Suspended since .*: Reported listings under review/)).toBeVisible();
  await expect(page.getByText('existing bookings are kept')).toBeVisible();
  await keepScreenshot(page, 'admin-vendor-suspended');
  await expectAccessible(page);

  await expect(await listingInSearch(page)).toHaveCount(0);
  const storefront = await page.goto(`/v/${SLUG}`);
  expect(storefront?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  expect((await page.goto(`/v/${SLUG}/hot-desk`))?.status()).toBe(404);

  // The business sees why in its dashboard.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, 'cowork@example.com');
  await expect(owner).toHaveURL(/\/dashboard$/);
  await owner.goto('/dashboard');
  await expect(owner.getByRole('alert').filter({ hasText: 'is suspended by the platform (Reported listings under review)' })).toBeVisible();
  await owner.context().close();

  await openVendor(page);
  await page.getByLabel('Reason to reactivate').fill('Review done, listings are fine');
  await page.getByRole('button', { name: 'Reactivate business' }).click();
  await expect(page.getByRole('button', { name: 'Suspend business' })).toBeVisible();

  await expect(await listingInSearch(page)).toHaveCount(1);
  const back = await page.goto(`/v/${SLUG}`);
  expect(back?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: VENDOR, level: 1 })).toBeVisible();

  await page.goto('/admin/audit?entityType=Vendor');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'vendor.suspend' }).filter({ hasText: 'Reported listings under review' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'vendor.reactivate' }).filter({ hasText: 'Review done, listings are fine' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'vendor.suspend' }).first()).toContainText('operator@example.com');
  await keepScreenshot(page, 'admin-audit');
  await expectAccessible(page);
});
