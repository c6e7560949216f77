import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { signIn } from './support';

// Calendars out, in the browser: a confirmed booking's "Add to calendar" (an .ics download and a
// Google Calendar link), and subscription links made in the dashboard and the account, fetched and
// read by two independent iCalendar parsers.

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function eventsOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const byIcalJs = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v, { exceptions: [] }).uid).sort();
  const byNodeIcal = Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT')
    .map((e) => e.uid)
    .sort();
  expect(byNodeIcal).toEqual(byIcalJs);
  return byIcalJs;
}

/** Makes a subscription link on the page, fetches it (the path: APP_URL is not this server) and returns its event UIDs. */
async function makeAndFetchFeed(page: Page) {
  await page.getByRole('button', { name: /Make (a subscription|a new) link/ }).click();
  const url = await page.getByLabel('Calendar feed link').textContent();
  expect(url).toMatch(/\/calendars\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByRole('link', { name: /Open in your calendar app/ })).toHaveAttribute('href', /^webcal:\/\/.+\/calendars\/[A-Za-z0-9_-]{43}\.ics$/);
  const response = await page.request.get(new URL(url!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['cache-control']).toContain('private');
  return { path: new URL(url!).pathname, uids: eventsOf(await response.text()) };
}

test('a guest adds a confirmed booking to their calendar: the .ics download and the Google Calendar link', async ({ page }) => {
  const start = daysAhead(30);
  await page.goto(`/v/watertrek/double-kayak?month=${start.slice(0, 7)}&date=${start}#book`);
  await page.getByLabel('End').fill(daysAhead(31));
  await page.getByLabel('Your name').fill('Cal Guest');
  await page.getByLabel('Email').fill('cal.guest@example.com');
  await page.getByLabel('Phone').fill('+44 7700 900556');
  await page.getByRole('button', { name: 'Book now' }).click();
  await expect(page).toHaveURL(/\/manage\/[\w-]+\?new=1/);
  await expect(page.getByText('Your booking is confirmed.')).toBeVisible();

  const panel = page.locator('#add-to-calendar');
  const google = new URL((await panel.getByRole('link', { name: 'Add to Google Calendar' }).getAttribute('href'))!);
  expect(google.host).toBe('calendar.google.com');
  expect(google.searchParams.get('action')).toBe('TEMPLATE');
  expect(google.searchParams.get('dates')).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('link', { name: 'Download the .ics file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^BK-[0-9A-Z]{6}\.ics$/);
  const uids = eventsOf(await readFile((await download.path())!, 'utf8'));
  expect(uids).toHaveLength(1);
  expect(uids[0]).toMatch(/^booking-[0-9a-f-]{36}@bookwell$/);

  // The same file is nobody else's: a made-up link is not found.
  expect((await page.request.get(`/manage/${'x'.repeat(43)}/calendar.ics`)).status()).toBe(404);
});

test('a business subscribes to its bookings; a new link kills the old one', async ({ page }) => {
  page.on('dialog', (dialog) => dialog.accept()); // "make a new link?": yes
  await signIn(page, 'watertrek@example.com');
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/dashboard/calendar');
  const first = await makeAndFetchFeed(page);
  expect(first.uids.length).toBeGreaterThan(0);
  for (const uid of first.uids) expect(uid).toMatch(/^booking-[0-9a-f-]{36}@bookwell$/);

  await page.reload();
  await expect(page.getByText(/A link is active since/)).toBeVisible();
  const second = await makeAndFetchFeed(page);
  expect(second.uids).toEqual(first.uids);
  expect((await page.request.get(first.path)).status()).toBe(404);
});

test('a customer subscribes to their own bookings from their account', async ({ page }) => {
  await signIn(page, 'customer@example.com');
  await expect(page).toHaveURL(/\/account/);
  await page.goto('/account');
  const feed = await makeAndFetchFeed(page);
  for (const uid of feed.uids) expect(uid).toMatch(/^booking-[0-9a-f-]{36}@bookwell$/);
});

test('a business finds calendars on a staff member and on a rental unit; Google says what to set', async ({ page }) => {
  await signIn(page, 'watertrek@example.com');
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/dashboard/listings/staff');
  await page.locator('main a[href^="/dashboard/listings/staff/"]').first().click();
  await expect(page.getByRole('heading', { name: 'Google Calendar' })).toBeVisible();
  await expect(page.getByText(/Set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/)).toBeVisible(); // this test server has no Google client
  await expect(page.getByRole('heading', { name: /Subscribe to .+ bookings/ })).toBeVisible();

  await page.goto('/dashboard/listings');
  const listing = await page.getByRole('link', { name: /Stand-up paddleboard/ }).first().getAttribute('href');
  await page.goto(`${listing}/units`);
  await page.getByRole('link', { name: /^Calendars of / }).first().click();
  await expect(page.getByRole('heading', { name: 'External calendars' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add an external calendar' })).toBeVisible();
  const feed = await makeAndFetchFeed(page);
  for (const uid of feed.uids) expect(uid).toMatch(/^booking-[0-9a-f-]{36}@bookwell$/);
});
