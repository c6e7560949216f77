import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn, uniqueEmail } from './support';

// Harbour Works (cowork@example.com) is used by no other spec: its description may change here;
// its name and storefront address stay as they are.
const BUSINESS = 'Harbour Works Coworking';

test('an owner edits the profile and invites staff; the invitee signs up from the emailed link and works as staff', async ({ browser, page }) => {
  test.setTimeout(150_000); // a whole journey in three browsers: invite, sign up, verify the email, join, check staff rights
  const stamp = Date.now();
  await signIn(page, 'cowork@example.com');
  await expect(page).toHaveURL(/\/dashboard$/); // members land on their dashboard

  // The profile: edit the description, see it in the storefront preview.
  await page.goto('/dashboard/profile');
  await expect(page.getByRole('heading', { level: 1, name: 'Business profile' })).toBeVisible();
  const description = `Desks and meeting rooms by Darling Harbour, open late (${stamp}).`;
  await page.getByLabel('Description').fill(description);
  await page.getByLabel('Storefront address').fill('admin');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('This address is reserved')).toBeVisible();
  await page.getByLabel('Storefront address').fill('harbour-works');
  await expect(page.getByText('Your listings are priced in AUD.')).toBeVisible(); // no currency change while listings exist
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved.')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Storefront preview' });
  await expect(preview.getByText(description)).toBeVisible();
  await expect(preview.getByRole('heading', { name: BUSINESS })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-profile');
  await page.getByRole('link', { name: 'Open your storefront' }).click();
  await expect(page.getByText(description)).toBeVisible();

  // The team: invite a new staff member.
  const email = uniqueEmail('new-staff');
  await page.goto('/dashboard/team');
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Role').selectOption('STAFF');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  await expect(page.getByRole('listitem', { name: `Invitation for ${email}` })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-team');

  // The email, read in the dev mailbox (in a production build only operators see it).
  const operatorContext = await browser.newContext();
  const mailbox = await operatorContext.newPage();
  await signIn(mailbox, 'operator@example.com');
  await expect(mailbox).toHaveURL(/\/admin/);
  await mailbox.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const invitationEmail = mailbox.getByRole('article').filter({ hasText: `You're invited to join ${BUSINESS}` });
  await expect(async () => {
    await mailbox.getByRole('button', { name: 'Deliver pending messages' }).click();
    await expect(invitationEmail).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const href = await invitationEmail.getByRole('link', { name: /\/invite\// }).getAttribute('href');
  const invitePath = new URL(href!).pathname; // APP_URL is not this test server's address

  // The invitee opens the link, signs up with the invited email and joins.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(invitePath);
  await expect(invitee.getByRole('heading', { level: 1, name: `Join ${BUSINESS}` })).toBeVisible();
  await expect(invitee.getByText('as a staff member')).toBeVisible();
  await expectAccessible(invitee);
  await invitee.getByRole('link', { name: 'Create an account' }).click();
  await invitee.getByLabel('Full name').fill('Sam Staff');
  await invitee.getByLabel('Email').fill(email);
  await invitee.getByLabel('Password').fill('staff-password');
  await invitee.getByRole('button', { name: 'Create account' }).click();
  await expect(invitee).toHaveURL(new RegExp(`${invitePath}$`));
  // Joining needs a verified email (anyone can sign up with any address): the sign-up email's link.
  await expect(invitee.getByText('Verify your email address first')).toBeVisible();
  await expect(invitee.getByRole('button', { name: `Join ${BUSINESS}` })).toHaveCount(0);
  const verificationEmail = mailbox.getByRole('article').filter({ hasText: 'Verify your email for Bookwell' });
  await expect(async () => {
    await mailbox.getByRole('button', { name: 'Deliver pending messages' }).click();
    await expect(verificationEmail).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const verifyHref = await verificationEmail.getByRole('link', { name: /\/verify-email\// }).getAttribute('href');
  await operatorContext.close();
  await invitee.goto(new URL(verifyHref!).pathname);
  await expect(invitee.getByText('Your email is verified.')).toBeVisible();
  await invitee.goto(invitePath);
  await invitee.getByRole('button', { name: `Join ${BUSINESS}` }).click();
  await expect(invitee).toHaveURL(/\/dashboard\?joined=1/);
  await expect(invitee.getByText(`Welcome to the team of ${BUSINESS}.`)).toBeVisible();
  await expect(invitee.getByRole('heading', { level: 1, name: BUSINESS })).toBeVisible();

  // Staff work in the dashboard but cannot archive listings, invite, or edit the profile.
  await invitee.goto('/dashboard/listings');
  await invitee.getByRole('table').getByRole('link').first().click();
  await expect(invitee.getByRole('button', { name: /publish/i }).first()).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Archive' })).toHaveCount(0);
  await invitee.goto('/dashboard/team');
  await expect(invitee.getByRole('listitem', { name: 'Sam Staff' })).toContainText('Staff');
  await expect(invitee.getByRole('button', { name: 'Send invitation' })).toHaveCount(0);
  await expect(invitee.getByRole('button', { name: /Make owner|Remove/ })).toHaveCount(0);
  await expect(invitee.getByText('Only an owner can invite people')).toBeVisible();
  await invitee.goto('/dashboard/profile');
  await expect(invitee.getByText('Only an owner can change the business profile.')).toBeVisible();
  await expect(invitee.getByRole('button', { name: 'Save profile' })).toHaveCount(0);
  await inviteeContext.close();

  // The owner now sees the new member; the used link says so.
  await page.goto('/dashboard/team');
  await expect(page.getByRole('listitem', { name: 'Sam Staff' })).toBeVisible();
  await page.goto(invitePath);
  await expect(page.getByText('This invitation has already been used.')).toBeVisible();
});

test('an unknown invitation link answers 404', async ({ page }) => {
  const response = await page.goto(`/invite/${'x'.repeat(43)}`);
  expect(response?.status()).toBe(404);
});
