import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn, uniqueEmail } from './support';

async function signUpVendor(page: Page, business: string) {
  await page.goto('/signup/vendor');
  await page.getByLabel('Business name').fill(business);
  await page.getByLabel('Time zone').selectOption('Europe/Lisbon');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Your name').fill('Vera Vendor');
  await page.getByLabel('Email').fill(uniqueEmail('listings'));
  await page.getByLabel('Password').fill('vendor-password');
  await page.getByRole('button', { name: 'Create storefront' }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  return (await page.getByRole('link', { name: 'View storefront' }).getAttribute('href'))!;
}

/** Left empty, the listing's address is made from its title; the form shows which. */
async function fillTitle(page: Page, title: string, slug: string) {
  await expect(async () => {
    await page.getByLabel('Title').fill(title);
    await expect(page.getByLabel('Address', { exact: true })).toHaveAttribute('placeholder', slug, { timeout: 1000 });
  }).toPass();
}

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

/** The uploaded primary photo is shown, and really loads (through the image optimizer). */
async function expectPhotoLoaded(page: Page, name: string) {
  const photo = page.getByRole('img', { name, exact: true }).first();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

test('a vendor signs up, creates a rental listing with two units and photos, publishes it; a customer requests it and the vendor approves it in the inbox', async ({ page, browser }) => {
  test.setTimeout(150_000); // a whole journey in two browsers, with two accessibility scans
  const stamp = Date.now();
  const storefront = await signUpVendor(page, `Lagoa Boats ${stamp}`);
  await page.getByRole('link', { name: 'Manage listings' }).click();
  await expect(page.getByRole('heading', { name: 'Listings' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New listing' })).toHaveAttribute('href', '/dashboard/listings/new');
  await page.goto('/dashboard/listings/new');

  const title = `Zephyr catamaran ${stamp}`;
  await page.getByLabel('Kind').selectOption('RENTAL');
  await page.getByLabel('Category').selectOption({ label: 'Boats' });
  await fillTitle(page, title, `zephyr-catamaran-${stamp}`);
  await page.getByLabel('Summary').fill('A fast catamaran for six');
  await page.getByLabel('City').fill('Lagos');
  await page.getByLabel('Attributes').fill('seats: 6\nskipper: included');
  await page.getByLabel('Priced per').selectOption('HOUR');
  await page.getByLabel('Price', { exact: true }).fill('80');
  await page.getByLabel('Booking', { exact: true }).selectOption('REQUEST');
  await page.getByLabel('Payment').selectOption('ONLINE_DEPOSIT');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByText('A deposit payment needs a deposit above zero')).toBeVisible();
  await page.getByLabel('Deposit', { exact: true }).selectOption('PERCENT');
  await page.getByLabel('Deposit (%)').fill('20');
  await page.getByRole('button', { name: 'Add a fee' }).click();
  await page.getByLabel('Fee name').fill('Cleaning');
  await page.getByLabel('Amount (EUR)').fill('15');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create listing' }).click();

  await expect(page.getByText('Listing created as a draft.')).toBeVisible();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();

  // Photos: two real images; a text file named like a photo is refused by its content.
  await page.getByLabel('Add photos').setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
  await expect(page.getByRole('alert').filter({ hasText: '"notes.jpg" is not a JPEG, PNG or WebP image.' })).toBeVisible();
  await page.getByLabel('Add photos').setInputFiles([fixture('boat-deck.jpg'), fixture('boat-cabin.png')]);
  const photos = page.getByRole('list', { name: 'Photos' }).getByRole('listitem');
  await expect(photos).toHaveCount(2);
  await expect(page.getByText('"notes.jpg" is not')).toHaveCount(0);
  const second = page.getByRole('form', { name: 'Alt text of photo 2' });
  await second.getByRole('textbox', { name: 'Alt text' }).fill('The cabin with two bunks');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByText('Alt text saved.')).toBeVisible();
  await photos.nth(1).getByRole('button', { name: 'Make primary' }).click();
  await expect(photos.first().getByRole('textbox', { name: 'Alt text' })).toHaveValue('The cabin with two bunks');
  await expect(photos.first()).toHaveAccessibleName('Photo 1 of 2, primary');
  await photos.first().getByRole('button', { name: 'Move down' }).click();
  await expect(photos.nth(1).getByRole('textbox', { name: 'Alt text' })).toHaveValue('The cabin with two bunks');
  await expect(photos.nth(1).getByRole('button', { name: 'Move up' })).toBeFocused();
  await page.keyboard.press('Enter'); // and back up, from the keyboard
  await expect(photos.first().getByRole('textbox', { name: 'Alt text' })).toHaveValue('The cabin with two bunks');
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-photos');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'at least one active unit' })).toBeVisible();

  await page.getByRole('link', { name: 'Units' }).click();
  for (const code of ['CAT-1', 'CAT-2']) {
    await page.getByLabel('Unit code').fill(code);
    await page.getByRole('button', { name: 'Add unit' }).click();
    await expect(page.getByRole('form', { name: `Unit ${code}` })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Units (2 active)' })).toBeVisible();
  await page.getByLabel('Unit code').fill('CAT-1');
  await page.getByRole('button', { name: 'Add unit' }).click();
  await expect(page.getByText('This code is already used on this listing')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-units');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();
  await expect(page.getByText('Published', { exact: true })).toBeVisible();

  await page.goto(storefront);
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  await expectPhotoLoaded(page, 'The cabin with two bunks');
  await page.goto(`/search?q=zephyr+catamaran+${stamp}`);
  await expect(page.getByRole('heading', { name: title, exact: true, level: 2 })).toBeVisible();
  await expectPhotoLoaded(page, 'The cabin with two bunks');
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await expectPhotoLoaded(page, 'The cabin with two bunks');
  await expectPhotoLoaded(page, `${title}, photo 2`);

  // A customer asks for it; the request waits for the vendor, who approves it from the inbox.
  const customer = await (await browser.newContext()).newPage();
  await signIn(customer, 'customer@example.com');
  await expect(customer).toHaveURL(/\/account/);
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await customer.goto(`${page.url().split('?')[0]}?month=${day.slice(0, 7)}&date=${day}#book`);
  await customer.getByLabel('Start').fill(`${day}T10:00`);
  await customer.getByLabel('End').fill(`${day}T13:00`);
  await customer.getByRole('button', { name: 'Request to book' }).click();
  await expect(customer.getByText('Waiting for the vendor to confirm your request.')).toBeVisible();
  const reference = (await customer.getByText(/^Reference BK-/).first().textContent())!.replace('Reference ', '').trim();

  await page.goto('/dashboard/bookings?status=REQUESTED');
  // The request is on top, in "Requests to answer", and in the list below; open it from the list.
  await expect(page.getByRole('listitem', { name: `Request ${reference}` })).toBeVisible();
  await page.getByRole('table').getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Awaiting payment').first()).toBeVisible();
  await customer.reload();
  await expect(customer.getByText(/Pay €[\d.,]+ by /)).toBeVisible();
  await customer.context().close();
});

test('the vendor bulk-creates weekly sessions and cancels one', async ({ page }) => {
  const stamp = Date.now();
  await signUpVendor(page, `Lisbon Walks ${stamp}`);
  await page.goto('/dashboard/listings/new');
  await page.getByLabel('Kind').selectOption('SESSION');
  await page.getByLabel('Category').selectOption({ label: 'Tours & adventures' });
  await fillTitle(page, `Alfama walking tour ${stamp}`, `alfama-walking-tour-${stamp}`);
  await page.getByLabel('Priced per').selectOption('SEAT');
  await page.getByLabel('Price', { exact: true }).fill('25');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByText('Listing created as a draft.')).toBeVisible();

  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.waitForURL('**/sessions');
  await expectAccessible(page);
  const recurring = page.getByRole('form', { name: 'Add recurring sessions' });
  await recurring.getByLabel('Tue').check();
  await recurring.getByLabel('Thu').check();
  await recurring.getByLabel('At (Europe/Lisbon)').fill('10:00');
  await recurring.getByLabel('Seats each').fill('12');
  await recurring.getByLabel('Weeks').fill('8');
  await recurring.getByRole('button', { name: 'Create sessions' }).click();
  await expect(recurring.getByText(/^1[56] sessions created/)).toBeVisible();

  const list = page.getByRole('list', { name: 'Upcoming sessions' });
  await expect(list.getByRole('listitem').nth(14)).toBeVisible();
  await expect(list.getByRole('listitem').first()).toContainText('10:00');
  await expect(list.getByRole('listitem').first()).toContainText('0 / 12 seats taken');

  await recurring.getByRole('button', { name: 'Create sessions' }).click();
  await expect(recurring.getByText(/^0 sessions created, 1[56] skipped/)).toBeVisible();

  page.once('dialog', (dialog) => dialog.accept());
  await list.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(list.getByRole('listitem').first()).toContainText('Cancelled');
  await keepScreenshot(page, 'dashboard-sessions');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();
});

test('a member of another vendor cannot open the listing', async ({ page }) => {
  await signIn(page, 'watertrek@example.com');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto('/dashboard/listings');
  const href = await page.getByRole('link').filter({ hasText: /kayak/i }).first().getAttribute('href');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'salon@example.com');
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto(href!);
  await expect(page.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
});

test('the vendor adds a staff member with hours and a service, then publishes the appointment', async ({ page }) => {
  const stamp = Date.now();
  await signUpVendor(page, `Studio Cut ${stamp}`);
  await page.goto('/dashboard/listings/new');
  await page.getByLabel('Kind').selectOption('APPOINTMENT');
  await page.getByLabel('Category').selectOption({ label: 'Hair & beauty' });
  await fillTitle(page, `Haircut ${stamp}`, `haircut-${stamp}`);
  await page.getByLabel('Priced per').selectOption('FIXED');
  await page.getByLabel('Price', { exact: true }).fill('30');
  await page.getByLabel('Duration (minutes)', { exact: true }).fill('45');
  await page.getByRole('button', { name: 'Create listing' }).click();
  await expect(page.getByText('Listing created as a draft.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'at least one staff member' })).toBeVisible();
  const listingUrl = page.url();

  await page.goto('/dashboard/listings/staff');
  await page.getByLabel('Name').fill('Ana Stylist');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Stylist' })).toBeVisible();
  await page.getByLabel(`Haircut ${stamp}`).check();
  await page.getByRole('button', { name: 'Save services' }).click();
  await expect(page.getByText('Services saved.')).toBeVisible();
  const hours = page.getByRole('form', { name: 'Weekly hours' });
  await hours.getByRole('button', { name: 'Add hours' }).click();
  await hours.getByLabel('Day').selectOption('Tuesday');
  await hours.getByRole('button', { name: 'Save hours' }).click();
  await expect(page.getByText('Working hours saved.')).toBeVisible();
  const off = page.getByRole('form', { name: 'Add time off' });
  await off.getByLabel('First day').fill('2030-08-01');
  await off.getByLabel('Last day').fill('2030-08-03');
  await off.getByRole('button', { name: 'Add time off' }).click();
  await expect(page.getByText('Time off added.')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-staff');

  await page.goto(listingUrl);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('button', { name: 'Unpublish' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
});
