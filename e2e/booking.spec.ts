import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, keepScreenshot, signIn } from './support';

// A person's path from a listing page to a booking, for each way of booking.

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function fillGuest(page: Page, name = 'Gina Guest') {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email').fill('gina.guest@example.com');
  await page.getByLabel('Phone').fill('+44 7700 900555');
}

test('a guest books a rental by date range and sees it confirmed', async ({ page }) => {
  const start = daysAhead(20);
  await page.goto(`/v/watertrek/double-kayak?month=${start.slice(0, 7)}&date=${start}#book`);
  await expect(page.getByLabel('Start')).toHaveValue(start);
  await page.getByLabel('End').fill(daysAhead(22));
  await expect(page.getByTestId('quote-total')).toHaveText('€109.80'); // 2 days × €45 + 22 % tax
  await expect(page.getByText('4 available')).toBeVisible();
  await fillGuest(page);
  await keepScreenshot(page, 'listing-rental-form');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page).toHaveURL(/\/manage\/[\w-]+\?new=1/);
  await expect(page.getByText(/BK-[0-9A-Z]{6}/).first()).toBeVisible();
  await expect(page.getByText('Your booking is confirmed.')).toBeVisible();
});

test('a guest books seats in a session from the calendar and is asked to pay within the hold', async ({ page }) => {
  await page.goto('/v/watertrek/sunset-kayak-tour');
  // Pick the third bookable day in the calendar, by keyboard.
  const days = page.getByRole('link', { name: /, available$/ });
  await days.nth(2).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await page.getByRole('radio', { name: /18:30–20:30 · \d+ seats left/ }).check();
  await page.getByLabel('Seats', { exact: true }).fill('2');
  await expect(page.getByTestId('quote-total')).toHaveText('€95.16'); // 2 × €39 + 22 % tax
  await fillGuest(page);
  await page.getByRole('button', { name: 'Book now' }).click();

  await expect(page).toHaveURL(/\/manage\//);
  await expect(page.getByText(/Pay €95\.16 by \w{3}, \d+ \w{3} \d{4}, \d{2}:\d{2} /)).toBeVisible(); // the deadline as a date and time
  await expect(page.getByTestId('countdown')).toHaveText(/^(29|30):\d\d$/); // the last hour: a countdown too
  // The countdown renders after hydration: reloading the manage page logs no hydration mismatch.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.reload();
  await expect(page.getByTestId('countdown')).toBeVisible();
  expect(errors.filter((e) => /hydrat|React error #(418|423|425)/i.test(e))).toEqual([]); // production React names them by number
});

test('a request to book waits for the vendor', async ({ page }) => {
  await signIn(page, 'customer@example.com', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/account/);
  const day = daysAhead(25);
  await page.goto(`/v/watertrek/motorboat-sea-ray-19?month=${day.slice(0, 7)}&date=${day}#book`);
  await expect(page.getByLabel('Your name')).toHaveValue('Dana Customer'); // prefilled
  await page.getByLabel('Start').fill(`${day}T10:00`);
  await page.getByLabel('End').fill(`${day}T13:00`);
  await expect(page.getByTestId('quote-total')).toHaveText('€329.40'); // 3 h × €85 + €15 cleaning + 22 % tax
  await expect(page.getByText('Pay now')).toBeVisible();
  await page.getByRole('button', { name: 'Request to book' }).click();

  await expect(page).toHaveURL(/\/account\/bookings\/[\w-]+\?new=1/);
  await expect(page.getByText('Waiting for the vendor to confirm your request.')).toBeVisible();
});

test('two people race for the last unit: one books, the other is told it was just taken', async ({ browser }) => {
  const day = daysAhead(33);
  const url = `/v/phuket-wheels/toyota-yaris?month=${day.slice(0, 7)}&date=${day}#book`;
  // Two of the three cars go first.
  const first = await browser.newPage();
  for (let i = 0; i < 2; i += 1) {
    await first.goto(url);
    await fillGuest(first, `Early ${i}`);
    await first.getByRole('button', { name: 'Book now' }).click();
    await expect(first).toHaveURL(/\/manage\//);
  }
  const [alice, bob] = [await browser.newPage(), await browser.newPage()];
  for (const page of [alice, bob]) {
    await page.goto(url);
    await expect(page.getByText('1 available')).toBeVisible();
    await fillGuest(page, page === alice ? 'Alice' : 'Bob');
  }
  await Promise.all([alice.getByRole('button', { name: 'Book now' }).click(), bob.getByRole('button', { name: 'Book now' }).click()]);

  const outcome = async (page: Page) => {
    const taken = page.getByRole('alert').filter({ hasText: 'Sorry, this was just taken.' });
    await expect.poll(async () => page.url().includes('/manage/') || (await taken.isVisible()), { timeout: 15_000 }).toBe(true);
    return page.url().includes('/manage/') ? 'booked' : 'taken';
  };
  expect([await outcome(alice), await outcome(bob)].sort()).toEqual(['booked', 'taken']);
  const loser = alice.url().includes('/manage/') ? bob : alice;
  await expect(loser.getByText('Nothing is free for these dates. Try other dates.').last()).toBeVisible(); // fresh availability
  await keepScreenshot(loser, 'just-taken');
});

test('filters narrow the catalog', async ({ page }) => {
  await page.goto('/search');
  const count = page.getByTestId('result-count');
  await expect(count).toHaveText('20 results');
  await expectAccessible(page);
  await page.getByLabel('Category').selectOption('cars');
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(count).toHaveText('2 results');
  await expect(page).toHaveURL(/category=cars/);
  await page.getByLabel('Seats (min)').fill('6');
  await page.getByRole('button', { name: 'Show results' }).click();
  await expect(count).toHaveText('1 result');
  await expect(page.getByRole('heading', { name: 'Toyota Fortuner SUV (automatic)' })).toBeVisible();

  await page.goto('/search?q=zeppelin');
  await expect(page.getByText('Nothing matches these filters')).toBeVisible();
  await page.goto('/');
  await page.getByLabel('What').fill('kayak');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(count).toHaveText('2 results');
  await keepScreenshot(page, 'search');
});

test('searching near me finds what is within 25 km, nearest first', async ({ browser }) => {
  const context = await browser.newContext({ geolocation: { latitude: 7.89, longitude: 98.3 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  await page.goto('/search');
  await page.getByRole('button', { name: 'Search near me' }).click();
  await expect(page).toHaveURL(/lat=7\.89.*radius=25/);
  await expect(page.getByTestId('result-count')).toHaveText('5 results');
  await expect(page.getByText(/km away/).first()).toBeVisible();
  await context.close();
});

test('changing the day in the calendar keeps what the guest typed', async ({ page }) => {
  await page.goto('/v/watertrek/sunset-kayak-tour');
  await page.getByLabel('Your name').fill('Kim Keep');
  await page.getByLabel('Email').fill('kim.keep@example.com');
  await page.getByLabel('Notes for the business (optional)').fill('Two beginners');
  const days = page.getByRole('link', { name: /, available$/ });
  const chosen = await days.nth(1).getAttribute('href');
  await days.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`date=${chosen!.match(/date=([\d-]+)/)![1]}`));
  await expect(page.locator('a[aria-current="date"]')).toHaveAttribute('href', chosen!);
  await expect(page.getByRole('radio', { name: /18:30–20:30/ })).toBeVisible(); // that day's sessions
  await expect(page.getByLabel('Your name')).toHaveValue('Kim Keep');
  await expect(page.getByLabel('Email')).toHaveValue('kim.keep@example.com');
  await expect(page.getByLabel('Notes for the business (optional)')).toHaveValue('Two beginners');
});
