import { expect, test } from '@playwright/test';
import { expectAccessible, keepScreenshot, signIn } from './support';

test('an owner finds a booking in the week view, switches to the month and opens the booking', async ({ page }) => {
  await signIn(page, 'watertrek@example.com');
  await expect(page).toHaveURL(/\/dashboard$/); // members land on their dashboard
  await page.goto('/dashboard/calendar');
  await expect(page.getByRole('heading', { name: /^Calendar/ })).toBeVisible();

  // The demo paddleboard booking starts in three days: this week or the next one.
  const booking = page.getByRole('link', { name: /BK-DEMO01/ });
  if (!(await booking.isVisible())) await page.getByRole('link', { name: 'Next week' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expect(booking).toContainText('Confirmed');
  await expect(page.getByRole('rowheader', { name: /SUP-1/ })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-calendar-week');

  await page.getByRole('link', { name: 'Month' }).click();
  await expect(page).toHaveURL(/view=month/);
  await expect(page.getByRole('columnheader', { name: 'Mon' })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, 'dashboard-calendar-month');
  await page.getByRole('link', { name: /BK-DEMO01/ }).click();

  await expect(page).toHaveURL(/\/dashboard\/bookings\/[0-9a-f-]{36}$/);
  await expect(page.getByText('BK-DEMO01').first()).toBeVisible();
});
