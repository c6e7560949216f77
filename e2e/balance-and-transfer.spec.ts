import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn } from './support';

// Issue 18: the car rental desk takes the balance at pickup; the salon's customer sees how to pay by transfer.

const weekdayAhead = (days: number, weekday: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  while (((date.getUTCDay() + 6) % 7) + 1 !== weekday) date.setTime(date.getTime() + 86_400_000);
  return date.toISOString().slice(0, 10);
};

test('the car rental desk records the balance at check-in, then checks the car back in', async ({ page }) => {
  await signIn(page, 'phuket@example.com');
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto('/dashboard/bookings');
  await page.getByLabel('Search').fill('BK-DEMO10');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: 'BK-DEMO10' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toyota Fortuner SUV (automatic)' })).toBeVisible();

  await expect(page.getByTestId('deposit-paid')).toHaveText(/2,000\.00/);
  await expect(page.getByTestId('balance-due')).not.toHaveText(/^\D*0\.00$/);
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'Card' }).check();
  await page.getByRole('button', { name: /paid and check in$/ }).click();
  await expect(page.getByText('Checked in', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('balance-due')).toHaveText(/^\D*0\.00$/);
  await expect(page.getByTestId('balance-paid')).toContainText('card at the desk, recorded by Somchai Rattanakul');
  await keepScreenshot(page, 'vendor-balance-at-desk');

  await page.getByRole('button', { name: 'Check out' }).click();
  await expect(page.getByText('Completed', { exact: true }).first()).toBeVisible();
});

test('a customer booking a salon appointment paid by transfer sees the bank details, the reference and the deadline', async ({ page }) => {
  await signIn(page, 'customer@example.com');
  await expect(page).toHaveURL(/\/account/);
  const day = weekdayAhead(33, 3); // a Wednesday: Amara works
  await page.goto(`/v/lumiere-salon/bridal-hair-trial?month=${day.slice(0, 7)}&date=${day}#book`);
  const times = page.getByRole('group', { name: 'Time' });
  await times.locator('label').first().click();
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Booking received' })).toBeVisible();
  const reference = (await page.getByText(/^Reference BK-/).textContent())!.replace('Reference ', '').trim();
  const instructions = page.getByRole('region', { name: 'How to pay by bank transfer' });
  await expect(instructions).toBeVisible();
  await expect(instructions.getByTestId('payment-reference')).toHaveText(`LUMIERE-${reference}`);
  await expect(instructions.getByTestId('payment-instructions')).toContainText('IBAN GB33 BUKB 2020 0055 7799 11');
  await expect(instructions.getByText('Pay by', { exact: true })).toBeVisible();
  await expect(instructions.getByText('£108.00')).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'customer-manual-payment');
});
