import { expect, test } from '@playwright/test';

// Issue 13, points 6, 7 and 10: search finds everyday words, carries its dates into the booking
// form and prices them on the cards, and says when the dates asked for could not be searched.

/** The local date `days` from today in `zone`, as 'YYYY-MM-DD'. */
function localDate(days: number, zone: string) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

test('the searched dates travel into the booking form, and the card shows their total', async ({ page }) => {
  const pickup = localDate(50, 'Asia/Bangkok');
  const dropOff = localDate(52, 'Asia/Bangkok');
  await page.goto(`/search?q=fortuner&from=${pickup}&to=${dropOff}`);
  const card = page.getByRole('article').filter({ hasText: 'Toyota Fortuner' });
  await expect(card.getByTestId('total-for-dates')).toHaveText(/^THB\s[\d,.]+ total for your 2 days$/);
  const total = (await card.getByTestId('total-for-dates').locator('span').textContent())!;

  await card.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`from=${pickup}&to=${dropOff}`));
  await expect(page.getByLabel('Start', { exact: true })).toHaveValue(pickup);
  await expect(page.getByLabel('End', { exact: true })).toHaveValue(dropOff);
  // The form's own price for those dates is the card's.
  await expect(page.getByText(total).first()).toBeVisible();
});

test('everyday words and typos find listings; past and inverted dates are explained', async ({ page }) => {
  for (const q of ['boats', 'motrboat']) {
    await page.goto(`/search?q=${q}`);
    await expect(page.getByRole('heading', { level: 2, name: /^Motorboat Sea Ray 19/ })).toBeVisible();
  }
  await page.goto('/search?q=cars');
  await expect(page.getByRole('heading', { level: 2, name: 'Toyota Yaris (automatic)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Career clarity workshop' })).toHaveCount(0);

  await page.goto('/search?from=2020-01-01&to=2020-01-03');
  await expect(page.getByTestId('date-note')).toHaveText('2020-01-01 to 2020-01-03 is in the past, so no dates were searched: results are not limited by availability.');
  const later = localDate(40, 'UTC');
  const sooner = localDate(38, 'UTC');
  await page.goto(`/search?from=${later}&to=${sooner}`);
  await expect(page.getByTestId('date-note')).toContainText('so the dates were swapped');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(sooner);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(later);
});
