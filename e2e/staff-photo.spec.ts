import { expect, test } from '@playwright/test';
import { signIn } from './support';

// Customers see who they book (photo and bio, as Cal.com shows hosts); the business uploads the photo.

test('an owner uploads a staff photo and customers see it with the bio where they choose whom to book', async ({ page, browser }) => {
  await signIn(page, 'salon@example.com');
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto('/dashboard/listings/staff');
  await page.getByRole('link', { name: 'Ben' }).first().click();
  await page.getByLabel('Upload a photo').setInputFiles('e2e/fixtures/boat-deck.jpg');
  await expect(page.getByText('Photo saved.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Photo of Ben' })).toBeVisible();

  const customer = await browser.newPage();
  await customer.goto('/v/lumiere-salon/haircut-and-style');
  const ben = customer.locator('label').filter({ has: customer.getByRole('radio', { name: /^Ben/ }) });
  await expect(ben).toContainText('Colour specialist.');
  await expect(ben.locator('img')).toBeVisible();
  await ben.click();
  await expect(customer.getByRole('radio', { name: /^Ben/ })).toBeChecked();
});
