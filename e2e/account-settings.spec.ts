import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectAccessible, signIn, uniqueEmail } from './support';

// Customer self-service: forgotten password through the emailed link, profile, data download, deleting the account.

test.setTimeout(180_000); // sign-ups hash passwords: slow on a busy machine

async function signUp(page: Page, email: string, password: string) {
  await page.goto('/signup');
  await page.getByLabel('Full name').fill('Rita Reset');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/, { timeout: 30_000 });
}

/** The path of the first link in the newest email to `to` with this subject, read in the dev mailbox as an operator. */
async function linkInMailbox(browser: Browser, to: string, subject: string, pathPattern: RegExp): Promise<string> {
  const context = await browser.newContext();
  const mailbox = await context.newPage();
  await signIn(mailbox, 'operator@example.com');
  await expect(mailbox).toHaveURL(/\/admin/);
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const email = mailbox.getByRole('article').filter({ hasText: subject }).first();
  await expect(async () => {
    await mailbox.getByRole('button', { name: 'Deliver pending messages' }).click();
    await expect(email).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const href = await email.getByRole('link', { name: pathPattern }).first().getAttribute('href');
  await context.close();
  return new URL(href!).pathname; // APP_URL is not this test server's address
}

test('a customer who forgot their password sets a new one through the emailed link', async ({ page, browser }) => {
  const email = uniqueEmail('forgot');
  await signUp(page, email, 'first-password');
  await page.context().clearCookies();

  await page.goto('/signin');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a link' }).click();
  await expect(page.getByText('If an account uses that email, a link to reset the password is on its way.')).toBeVisible();

  const resetPath = await linkInMailbox(browser, email, 'Reset your Bookwell password', /\/reset-password\//);
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('New password').fill('second-password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/signin\?reset=1$/);
  await expect(page.getByText('Your password is changed.')).toBeVisible();

  await signIn(page, email, 'second-password');
  await expect(page).toHaveURL(/\/account/);

  // The link works once.
  await page.goto(resetPath);
  await expect(page.getByText('This reset link does not work')).toBeVisible(); // the empty state's title (not a heading)
});

test('a customer edits their details, downloads their data and deletes their account', async ({ page }) => {
  const email = uniqueEmail('settings');
  await signUp(page, email, 'settings-password');
  await page.getByRole('link', { name: 'Account settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account settings' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Name').fill('Rita Renamed');
  await page.getByLabel('Phone (optional)').fill('+1 555 0100');
  await page.getByLabel('Time zone').selectOption('America/New_York');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Your details are saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name')).toHaveValue('Rita Renamed');
  await expect(page.getByLabel('Time zone')).toHaveValue('America/New_York');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data (JSON)' }).click();
  const data = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(data.profile).toMatchObject({ email, name: 'Rita Renamed', phone: '+1 555 0100', timeZone: 'America/New_York' });

  await page.getByLabel('Current password').last().fill('wrong-password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('Your current password is not right.')).toBeVisible();
  await page.getByLabel('Current password').last().fill('settings-password');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/signin\?deleted=1$/);
  await expect(page.getByText('Your account is deleted.')).toBeVisible();

  await signIn(page, email, 'settings-password');
  await expect(page.getByText('Wrong email or password.')).toBeVisible();
});
