import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, keepScreenshot, signIn } from './support';

const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a customer requests a boat and the vendor approves it in the inbox', async ({ browser }) => {
  const customer = await browser.newPage();
  await signIn(customer, 'customer@example.com', DEMO_PASSWORD);
  await expect(customer).toHaveURL(/\/account/);
  const day = daysAhead(27);
  await customer.goto(`/v/watertrek/motorboat-sea-ray-19?month=${day.slice(0, 7)}&date=${day}#book`);
  await customer.getByLabel('Start').fill(`${day}T14:00`);
  await customer.getByLabel('End').fill(`${day}T16:00`);
  await customer.getByLabel('Notes for the business (optional)').fill('Two kids on board');
  await customer.getByRole('button', { name: 'Request to book' }).click();
  await expect(customer.getByText('Waiting for the vendor to confirm your request.')).toBeVisible();
  const reference = (await customer.getByText(/^Reference BK-/).first().textContent())!.replace('Reference ', '').trim();

  const vendor = await (await browser.newContext()).newPage();
  await signIn(vendor, 'watertrek@example.com', DEMO_PASSWORD);
  await expect(vendor).toHaveURL(/\/dashboard$/);
  await vendor.goto('/dashboard');
  await expect(vendor.getByRole('link', { name: /\d+ Requests to answer/ })).toBeVisible();
  await expect(vendor.getByText('Received this month')).toBeVisible();
  await keepScreenshot(vendor, 'vendor-overview');
  await vendor.goto('/dashboard/bookings?status=REQUESTED');
  await vendor.getByLabel('Search').fill(reference);
  await vendor.getByRole('button', { name: 'Filter' }).click();
  await expect(vendor.getByTestId('inbox-count')).toHaveText('1 booking');
  await expectAccessible(vendor);
  await keepScreenshot(vendor, 'vendor-inbox');
  // Requests to answer are on top of the bookings list, with Approve and Decline right there.
  await vendor.goto('/dashboard/bookings');
  const request = vendor.getByRole('listitem', { name: `Request ${reference}` });
  await expect(vendor.getByRole('heading', { name: /^Requests to answer \(\d+\)$/ })).toBeVisible();
  await expect(request.getByText(/^Answer by .+, or it lapses\.$/)).toBeVisible();
  await request.getByRole('button', { name: 'Approve' }).click();
  await expect(request).toHaveCount(0);
  await vendor.getByLabel('Search').fill(reference);
  await vendor.getByRole('button', { name: 'Filter' }).click();
  await vendor.getByRole('link', { name: reference }).click();
  await expect(vendor.getByText('Two kids on board')).toBeVisible();
  await expect(vendor.getByText('Awaiting payment').first()).toBeVisible();
  await keepScreenshot(vendor, 'vendor-booking');

  // The guest has the business's pay window (24 hours), stated as a date and time in the listing's zone.
  await customer.reload();
  await expect(customer.getByText(/Pay €[\d.,]+ by \w{3}, \d+ \w{3} \d{4}, \d{2}:\d{2} (CET|CEST|GMT\+1|GMT\+2) to confirm\./)).toBeVisible();
  await expect(customer.getByTestId('pay-window')).toContainText('24 hours after the business approved it');
  await expect(customer.getByTestId('countdown')).toHaveCount(0); // more than an hour left: no ticking clock
});

test('another vendor cannot open the booking, and a decline needs a reason', async ({ browser }) => {
  const vendor = await browser.newPage();
  await signIn(vendor, 'watertrek@example.com', DEMO_PASSWORD);
  await expect(vendor).toHaveURL(/\/dashboard$/);
  await vendor.goto('/dashboard/bookings?q=BK-DEMO03');
  await vendor.getByRole('link', { name: 'BK-DEMO03' }).click();
  await vendor.waitForURL(/\/dashboard\/bookings\/[\w-]+$/);
  const url = vendor.url();
  await vendor.getByRole('button', { name: 'Decline' }).click();
  await vendor.getByRole('button', { name: 'Decline' }).click(); // submit without a reason
  await expect(vendor.getByLabel('Reason to decline')).toBeFocused();

  const other = await browser.newPage();
  await signIn(other, 'phuket@example.com', DEMO_PASSWORD);
  await expect(other).toHaveURL(/\/dashboard$/);
  await other.goto(url); // streamed behind the dashboard's loading state, so the body says 404
  await expect(other.getByRole('heading', { name: 'We could not find that page' })).toBeVisible();
  await other.goto('/dashboard/bookings?q=BK-DEMO03');
  await expect(other.getByTestId('inbox-count')).toHaveText('0 bookings');
});

test('the vendor refunds part of a paid booking with a reason', async ({ browser }) => {
  const vendor = await (await browser.newContext()).newPage();
  await signIn(vendor, 'watertrek@example.com', DEMO_PASSWORD);
  await expect(vendor).toHaveURL(/\/dashboard$/);
  await vendor.goto('/dashboard/bookings?q=BK-DEMO01');
  await vendor.getByRole('link', { name: 'BK-DEMO01' }).click();
  await vendor.getByLabel('Amount').fill('5');
  await vendor.getByLabel('Internal note').fill('Goodwill: late board handover');
  await vendor.getByLabel('Message to the customer (optional)').fill('Sorry for the wait at the jetty.');
  await vendor.getByRole('button', { name: 'Issue refund' }).click();
  await expect(vendor.getByText('Refund recorded.')).toBeVisible();
  await expect(async () => {
    await vendor.reload();
    await expect(vendor.getByText('Goodwill: late board handover').first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await vendor.getByLabel('Amount').fill('1000');
  await vendor.getByLabel('Internal note').fill('Too much');
  await vendor.getByRole('button', { name: 'Issue refund' }).click();
  await expect(vendor.getByRole('alert').filter({ hasText: /At most €31\.60 can be refunded/ })).toBeVisible();
});
