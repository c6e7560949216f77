import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, keepScreenshot, signIn, uniqueEmail } from './support';

test('a customer signs up, signs out and signs in again', async ({ page }) => {
  const email = uniqueEmail('customer');
  await page.goto('/signup');
  await expectAccessible(page);
  await page.getByLabel('Full name').fill('Casey Customer');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct-horse');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText('Your account is ready. Welcome, Casey Customer!')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'My bookings' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();

  await signIn(page, email, 'correct-horse');
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText(`Signed in as Casey Customer (${email})`)).toBeVisible();
});

test('sign-up explains a taken email and bad input without creating anything', async ({ page }) => {
  await page.goto('/signup');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter your name')).toBeVisible();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();

  await page.getByLabel('Full name').fill('Dana Again');
  await page.getByLabel('Email').fill('customer@example.com');
  await page.getByLabel('Password').fill('another-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'An account with this email already exists' })).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test('wrong credentials get a clear message; the demo customer sees their bookings', async ({ page }) => {
  await signIn(page, 'customer@example.com', 'not-the-password');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();

  await signIn(page, 'customer@example.com', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText('BK-DEMO01', { exact: false })).toBeVisible();
  await keepScreenshot(page, 'account');
});

test('a business signs up and lands on its dashboard with a storefront', async ({ page }) => {
  const email = uniqueEmail('vendor');
  const business = `Kite Shack ${Date.now()}`;
  await page.goto('/signup/vendor');
  await page.getByLabel('Business name').fill(business);
  await expect(page.getByLabel('Storefront address')).toHaveValue(/^kite-shack-\d+$/);
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Your name').fill('Kai Owner');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('kite-password');
  await page.getByRole('button', { name: 'Create storefront' }).click();

  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole('heading', { name: business })).toBeVisible();
  await expect(page.getByText('Owner · Europe/Lisbon · EUR')).toBeVisible();
  await keepScreenshot(page, 'dashboard');

  const slug = await page.getByRole('link', { name: 'View storefront' }).getAttribute('href');
  await page.goto(slug!);
  await expect(page.getByRole('heading', { name: business, level: 1 })).toBeVisible();
  await expect(page.getByText('No listings published yet')).toBeVisible();
});
