import { beforeAll, describe, expect, it } from 'vitest';
import { addUnit } from '@/lib/business/units';
import { createListing, setListingStatus, updateListing } from '@/lib/business/listings';
import { listingFormValues } from '@/lib/business/listing-data';
import { createListingSchema, updateListingSchema } from '@/lib/business/listing-schemas';
import { createStaffMember, setStaffServices } from '@/lib/business/staff';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenListing, givenBusiness, listingForm } from './business-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('listing create and edit', () => {
  it('creates a draft with money in minor units, percent tax in basis points and typed attributes', async () => {
    const { owner } = await givenBusiness(t.db, { currency: 'EUR' });
    const listing = await givenListing(t.db, owner, 'RENTAL', {
      price: '45.50',
      taxRatePercent: '7.5',
      fees: [{ label: 'Cleaning fee', amount: '10', per: 'BOOKING' }],
      depositType: 'FIXED',
      depositValue: '100',
      paymentMode: 'ONLINE_DEPOSIT',
      attributes: 'seats: 5\ntransmission: automatic\nelectric: true',
      minDurationMinutes: '60',
      maxDurationMinutes: '600',
      requestExpiryHours: '12',
      holdMinutes: '15',
    });
    expect(listing).toMatchObject({
      status: 'DRAFT',
      currency: 'EUR',
      priceAmount: 4550,
      taxRateBps: 750,
      depositType: 'FIXED',
      depositValue: 10000,
      paymentMode: 'ONLINE_DEPOSIT',
      attributes: { seats: 5, transmission: 'automatic', electric: true },
      fees: [{ code: 'cleaning-fee', label: 'Cleaning fee', amount: 1000, per: 'BOOKING' }],
      minDurationMinutes: 60,
      maxDurationMinutes: 600,
      requestExpiryHours: 12,
      holdMinutes: 15,
      slotIntervalMinutes: 30,
    });
  });

  it('rejects a deposit payment without a deposit, and a max duration below the min, in the shared schema', async () => {
    const base = { ...(await listingForm(t.db, 'RENTAL')) };
    const noDeposit = createListingSchema.safeParse({ ...base, paymentMode: 'ONLINE_DEPOSIT', depositType: 'NONE', depositValue: 0 });
    expect(noDeposit.success).toBe(false);
    expect(noDeposit.error?.issues[0]?.path).toEqual(['depositType']);
    const zeroDeposit = createListingSchema.safeParse({ ...base, paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 0 });
    expect(zeroDeposit.error?.issues[0]?.path).toEqual(['depositValue']);
    const durations = createListingSchema.safeParse({ ...base, minDurationMinutes: 120, maxDurationMinutes: 60 });
    expect(durations.error?.issues[0]?.path).toEqual(['maxDurationMinutes']);
    expect(createListingSchema.safeParse({ ...base, depositType: 'PERCENT', depositValue: 150 }).success).toBe(false);
  });

  it('keeps slugs unique per vendor, not across vendors', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    await givenListing(t.db, a.owner, 'RENTAL', { slug: 'red-kayak' });
    await expect(givenListing(t.db, a.staff, 'RENTAL', { slug: 'red-kayak' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { slug: [expect.any(String)] } });
    await expect(givenListing(t.db, b.owner, 'RENTAL', { slug: 'red-kayak' })).resolves.toMatchObject({ slug: 'red-kayak' });
  });

  it('edits a listing of its own vendor only; kind never changes', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const listing = await givenListing(t.db, a.owner, 'SESSION');
    const form = updateListingSchema.parse({ ...(await listingForm(t.db, 'SESSION')), listingId: listing.id, title: 'Sunset tour', price: '30' });
    const updated = await updateListing(t.db, a.staff, form);
    expect(updated).toMatchObject({ title: 'Sunset tour', priceAmount: 3000, kind: 'SESSION' });
    await expect(updateListing(t.db, b.owner, { ...form, title: 'Hijacked' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).title).toBe('Sunset tour');
  });
});

describe('publish, unpublish, archive', () => {
  it('publishes a rental only with a price and an active unit', async () => {
    const { owner } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL');
    await expect(setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' })).rejects.toThrow(/at least one active unit/);
    await addUnit(t.db, owner, { listingId: listing.id, code: 'BOAT-1', active: true });
    const published = await setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' });
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect((await setListingStatus(t.db, owner, { listingId: listing.id, status: 'UNPUBLISHED' })).status).toBe('UNPUBLISHED');
  });

  it('publishes a free listing never; an appointment needs a duration and a staff member', async () => {
    const { owner } = await givenBusiness(t.db);
    const free = await givenListing(t.db, owner, 'SESSION', { price: '0' });
    await expect(setListingStatus(t.db, owner, { listingId: free.id, status: 'PUBLISHED' })).rejects.toThrow(/price above zero/);
    const session = await givenListing(t.db, owner, 'SESSION');
    expect((await setListingStatus(t.db, owner, { listingId: session.id, status: 'PUBLISHED' })).status).toBe('PUBLISHED');

    const haircut = await givenListing(t.db, owner, 'APPOINTMENT', { durationMinutes: '' });
    await expect(setListingStatus(t.db, owner, { listingId: haircut.id, status: 'PUBLISHED' })).rejects.toThrow(/a service duration and at least one staff member/);
    await t.db.listing.update({ where: { id: haircut.id }, data: { durationMinutes: 45 } });
    const stylist = await createStaffMember(t.db, owner, { name: 'Sam', bio: '', active: true });
    await setStaffServices(t.db, owner, { staffId: stylist.id, listingIds: [haircut.id] });
    expect((await setListingStatus(t.db, owner, { listingId: haircut.id, status: 'PUBLISHED' })).status).toBe('PUBLISHED');
  });

  it('refuses an edit that would make a published listing unbookable', async () => {
    const { owner } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'SESSION');
    await setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' });
    const form = updateListingSchema.parse({ ...(await listingForm(t.db, 'SESSION')), listingId: listing.id, price: '0' });
    await expect(updateListing(t.db, owner, form)).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).priceAmount).toBe(4550);
  });

  it('lets only the owner archive, keeps bookings, and freezes the listing', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'SESSION');
    await expect(setListingStatus(t.db, staff, { listingId: listing.id, status: 'ARCHIVED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await setListingStatus(t.db, staff, { listingId: listing.id, status: 'PUBLISHED' })).status).toBe('PUBLISHED');
    expect((await setListingStatus(t.db, owner, { listingId: listing.id, status: 'ARCHIVED' })).status).toBe('ARCHIVED');
    await expect(setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    const form = updateListingSchema.parse({ ...(await listingForm(t.db, 'SESSION')), listingId: listing.id });
    await expect(updateListing(t.db, owner, form)).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await t.db.listing.count({ where: { id: listing.id } })).toBe(1);
  });

  it('never lets a member of another vendor change the status', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const listing = await givenListing(t.db, a.owner, 'SESSION');
    for (const status of ['PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] as const) {
      await expect(setListingStatus(t.db, b.owner, { listingId: listing.id, status })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('DRAFT');
  });

  it('creates listings for the signed-in vendor only', async () => {
    const a = await givenBusiness(t.db);
    const listing = await createListing(t.db, a.staff, await listingForm(t.db, 'APPOINTMENT'));
    expect(listing.vendorId).toBe(a.vendor.id);
  });
});

describe('listing address', () => {
  it('is made from the title when left empty', async () => {
    const { owner } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL', { slug: '', title: 'Blue Kayák for two' });
    expect(listing.slug).toBe('blue-kayak-for-two');
  });
});

const closed = { open: false, ranges: [] };
const week = (days: Record<number, Array<[string, string]>>) =>
  Array.from({ length: 7 }, (_, index) => (days[index] ? { open: true, ranges: days[index]!.map(([from, to]) => ({ from, to })) } : closed));

describe('refund steps, opening hours and the listing time zone', () => {
  it('stores refund steps sorted from the earliest and reads them back into the form', async () => {
    const { owner } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL', {
      freeCancellationHours: '48',
      refundTiers: [
        { hoursBefore: '6', refundPercent: '25' },
        { hoursBefore: '24', refundPercent: '50' },
        { hoursBefore: '0', refundPercent: '0' },
      ],
    });
    expect(listing.refundTiers).toEqual([
      { hoursBefore: 24, refundPercent: 50 },
      { hoursBefore: 6, refundPercent: 25 },
      { hoursBefore: 0, refundPercent: 0 },
    ]);
    expect(listingFormValues(listing).refundTiers).toEqual([
      { hoursBefore: '24', refundPercent: '50' },
      { hoursBefore: '6', refundPercent: '25' },
      { hoursBefore: '0', refundPercent: '0' },
    ]);
    const form = updateListingSchema.parse({ ...listingFormValues(listing), listingId: listing.id, refundTiers: [] });
    expect((await updateListing(t.db, owner, form)).refundTiers).toEqual([]);
  });

  it('refuses refund steps outside 0–100 %, inside the free window or with the same hours', async () => {
    const base = await listingForm(t.db, 'RENTAL');
    const issues = (refundTiers: unknown, freeCancellationHours = 24) =>
      createListingSchema.safeParse({ ...base, freeCancellationHours, refundTiers }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues([{ hoursBefore: 6, refundPercent: 120 }])).toEqual([['refundTiers.0.refundPercent', 'The refund is at most 100%']]);
    expect(issues([{ hoursBefore: 6, refundPercent: -5 }])).toEqual([['refundTiers.0.refundPercent', 'The refund is at least 0%']]);
    expect(issues([{ hoursBefore: 24, refundPercent: 50 }])).toEqual([['refundTiers.0.hoursBefore', 'Must be under the free-cancellation window (24 hours)']]);
    expect(issues([{ hoursBefore: 6, refundPercent: 50 }, { hoursBefore: 6, refundPercent: 20 }])).toEqual([['refundTiers.1.hoursBefore', 'Each step needs its own number of hours']]);
    expect(issues([{ hoursBefore: '', refundPercent: 20 }])).toEqual([['refundTiers.0.hoursBefore', 'Enter the hours']]);
  });

  it('stores weekly opening hours for a rental (closing at 00:00 = midnight) and reads them back', async () => {
    const { owner } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL', {
      openingHours: { limited: true, days: week({ 0: [['13:00', '18:00'], ['09:00', '12:00']], 5: [['10:00', '00:00']] }) },
    });
    expect(listing.openingHours).toEqual({ '1': [['09:00', '12:00'], ['13:00', '18:00']], '6': [['10:00', '24:00']] });
    const form = listingFormValues(listing);
    expect(form.openingHours).toEqual({ limited: true, days: week({ 0: [['09:00', '12:00'], ['13:00', '18:00']], 5: [['10:00', '00:00']] }) });

    const alwaysOpen = updateListingSchema.parse({ ...form, listingId: listing.id, openingHours: { ...form.openingHours, limited: false } });
    const updated = await updateListing(t.db, owner, alwaysOpen);
    expect(updated.openingHours).toBeNull();
    expect(listingFormValues(updated).openingHours?.limited).toBe(false);
  });

  it('refuses opening hours that end before they start, overlap, or leave every day closed', async () => {
    const base = await listingForm(t.db, 'RENTAL');
    const issues = (days: unknown) =>
      createListingSchema.safeParse({ ...base, openingHours: { limited: true, days } }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues(week({ 1: [['18:00', '09:00']] }))).toEqual([['openingHours.days.1.ranges.0.to', 'Closing must be after opening']]);
    expect(issues(week({ 2: [['09:00', '13:00'], ['12:00', '18:00']] }))).toEqual([['openingHours.days.2.ranges', 'The hours on Wednesday overlap']]);
    expect(issues(week({ 3: [['9:00', '18:00']] }))).toContainEqual(['openingHours.days.3.ranges.0.from', 'Use HH:MM']);
    expect(issues(week({}))).toEqual([['openingHours.days', 'Open on at least one day, or choose "Always open"']]);
    expect(issues(week({}).map((day, index) => (index === 4 ? { open: true, ranges: [] } : day)))).toEqual([
      ['openingHours.days.4.ranges', 'Add the hours for Friday or mark it closed'],
    ]);
    // Unlimited hours ignore whatever the closed form still holds.
    expect(createListingSchema.safeParse({ ...base, openingHours: { limited: false, days: week({}) } }).success).toBe(true);
  });

  it('keeps a listing time zone, empty meaning the business zone, and refuses unknown zones', async () => {
    const { owner } = await givenBusiness(t.db, { timeZone: 'Europe/London' });
    const listing = await givenListing(t.db, owner, 'SESSION', { timeZone: 'Europe/Lisbon' });
    expect(listing.timeZone).toBe('Europe/Lisbon');
    expect(listingFormValues(listing).timeZone).toBe('Europe/Lisbon');
    const back = await updateListing(t.db, owner, updateListingSchema.parse({ ...listingFormValues(listing), listingId: listing.id, timeZone: '' }));
    expect(back.timeZone).toBeNull();
    const bad = createListingSchema.safeParse({ ...(await listingForm(t.db, 'SESSION')), timeZone: 'Mars/Olympus_Mons' });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['timeZone', 'Choose a time zone from the list']]);
  });

  it("keeps appointments in the business's zone, where their staff's working hours are", async () => {
    const { owner } = await givenBusiness(t.db, { timeZone: 'Europe/London' });
    await expect(givenListing(t.db, owner, 'APPOINTMENT', { timeZone: 'Asia/Bangkok' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { timeZone: [expect.stringContaining("business's time zone")] },
    });
    const listing = await givenListing(t.db, owner, 'APPOINTMENT');
    const edit = updateListingSchema.parse({ ...listingFormValues(listing), listingId: listing.id, timeZone: 'Asia/Bangkok' });
    await expect(updateListing(t.db, owner, edit)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).timeZone).toBeNull();
  });
});
