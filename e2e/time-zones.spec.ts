import { expect, test } from '@playwright/test';
import { expectAccessible } from './support';

// The coaching seed's time zones: a viewer in Tokyo reads a New York coach's calendar in their own
// zone when they ask, with both zones named; the choice is remembered; the default is the coach's zone.

test.use({ timezoneId: 'Asia/Tokyo' });

test('a viewer switches the calendar and slot times to their own zone, and the choice is remembered', async ({ page }) => {
  await page.goto('/v/maya-coaching/one-on-one-coaching');
  const switcher = page.getByRole('group', { name: 'Show times in' });
  await expect(switcher.getByRole('button', { name: /Listing’s time \(America\/New York\)/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/Times are in America\/New_York/)).toBeVisible();

  await switcher.getByRole('button', { name: /My time \(Asia\/Tokyo\)/ }).click();
  await expect(page.getByTestId('zone-shown')).toHaveText(/Days and times in your zone, Asia\/Tokyo \(GMT\+9\); the listing is in America\/New_York/);
  await expect(switcher.getByRole('button', { name: /My time/ })).toHaveAttribute('aria-pressed', 'true');

  // Pick the first bookable day: its slots name both zones (Tokyo first).
  await page.getByRole('table').getByRole('link').first().click();
  const times = page.getByRole('group', { name: 'Time' });
  await expect(times.locator('label').first()).toHaveText(/^\d{2}:\d{2} GMT\+9 · \d{2}:\d{2} (EST|EDT|GMT-5|GMT-4)$/); // the runtime names New York by offset or abbreviation
  await expectAccessible(page);

  // Remembered on the next visit.
  await page.goto('/v/maya-coaching/one-on-one-coaching');
  await expect(page.getByTestId('zone-shown')).toBeVisible();

  // And back to the listing's zone.
  await page.getByRole('group', { name: 'Show times in' }).getByRole('button', { name: /Listing’s time/ }).click();
  await expect(page.getByTestId('zone-shown')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('zone-shown')).toHaveCount(0);
});
