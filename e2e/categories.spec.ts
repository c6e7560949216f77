import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

// Operators run the categories: a new one with an icon and an attribute shows on the home page and
// in the business's listing form, where the attribute is a field of its own.

test.setTimeout(180_000);

test('an operator adds a category with an attribute; it shows on the home page and in the listing form', async ({ page, browser }) => {
  const name = `Campervans ${Date.now() % 100000}`;
  const slug = `campervans-${Date.now() % 100000}`;
  await signIn(page, 'operator@example.com');
  await expect(page).toHaveURL(/\/admin/);
  await page.goto('/admin/categories');
  await expect(page.getByRole('heading', { level: 1, name: /Categories/ })).toBeVisible();

  await page.getByLabel('Name', { exact: true }).first().fill(name);
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Usual kind').selectOption('RENTAL');
  await page.getByText('Car', { exact: true }).first().click(); // the icon
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByText('Category added.')).toBeVisible({ timeout: 30_000 });

  const card = page.getByRole('region', { name }).or(page.locator('section').filter({ has: page.getByRole('heading', { name }) }));
  await card.getByText(`Add an attribute to ${name}`).click();
  await card.getByLabel('Label').fill('Berths');
  await card.getByLabel('Key').fill('berths');
  await card.getByLabel('Type').selectOption('number');
  await card.getByRole('button', { name: 'Add attribute' }).click();
  await expect(card.getByText('Berths', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);

  // Shown on the home page with its SVG icon (no emoji).
  await page.goto('/');
  const tile = page.getByRole('link', { name: new RegExp(name) });
  await expect(tile).toBeVisible();
  await expect(tile.locator('svg')).toHaveCount(1);

  // The business's listing form asks for the attribute.
  const vendor = await (await browser.newContext()).newPage();
  await signIn(vendor, 'watertrek@example.com');
  await expect(vendor).toHaveURL(/\/dashboard/);
  await vendor.goto('/dashboard/listings/new');
  await vendor.getByLabel('Category').selectOption({ label: name });
  const details = vendor.getByRole('group', { name: `${name} details` });
  await expect(details.getByLabel('Berths')).toBeVisible();
  await expectAccessible(vendor);

  // Retired, it leaves the home page.
  await page.goto('/admin/categories');
  await page.getByRole('button', { name: `Retire ${name}` }).click();
  await expect(page.getByText('Retired.')).toBeVisible({ timeout: 30_000 });
  await page.goto('/');
  await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
});

test('the search filters a category by its attributes', async ({ page }) => {
  await page.goto('/search?category=cars');
  const fuel = page.getByLabel('Fuel');
  await expect(fuel).toBeVisible();
  await fuel.selectOption('diesel');
  await page.getByRole('button', { name: /Search|Apply|Show/ }).first().click();
  await expect(page).toHaveURL(/attr\.fuel=diesel/);
  await expect(page.getByRole('link', { name: /Toyota Fortuner/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Toyota Yaris/ })).toHaveCount(0);
});
