import { beforeAll, describe, expect, it } from 'vitest';
import { addUnit } from '@/lib/vendor/units';
import { createListing, setListingStatus, updateListing } from '@/lib/vendor/listings';
import { createListingSchema, updateListingSchema } from '@/lib/vendor/schemas';
import { createStaffMember, setStaffServices } from '@/lib/vendor/staff';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenListing, givenVendor, listingForm } from './vendor-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('listing create and edit', () => {
  it('creates a draft with money in minor units, percent tax in basis points and typed attributes', async () => {
    const { owner } = await givenVendor(t.db, { currency: 'EUR' });
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
    const a = await givenVendor(t.db);
    const b = await givenVendor(t.db);
    await givenListing(t.db, a.owner, 'RENTAL', { slug: 'red-kayak' });
    await expect(givenListing(t.db, a.staff, 'RENTAL', { slug: 'red-kayak' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { slug: [expect.any(String)] } });
    await expect(givenListing(t.db, b.owner, 'RENTAL', { slug: 'red-kayak' })).resolves.toMatchObject({ slug: 'red-kayak' });
  });

  it('edits a listing of its own vendor only; kind never changes', async () => {
    const a = await givenVendor(t.db);
    const b = await givenVendor(t.db);
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
    const { owner } = await givenVendor(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL');
    await expect(setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' })).rejects.toThrow(/at least one active unit/);
    await addUnit(t.db, owner, { listingId: listing.id, code: 'BOAT-1', active: true });
    const published = await setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' });
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toBeInstanceOf(Date);
    expect((await setListingStatus(t.db, owner, { listingId: listing.id, status: 'UNPUBLISHED' })).status).toBe('UNPUBLISHED');
  });

  it('publishes a free listing never; an appointment needs a duration and a staff member', async () => {
    const { owner } = await givenVendor(t.db);
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
    const { owner } = await givenVendor(t.db);
    const listing = await givenListing(t.db, owner, 'SESSION');
    await setListingStatus(t.db, owner, { listingId: listing.id, status: 'PUBLISHED' });
    const form = updateListingSchema.parse({ ...(await listingForm(t.db, 'SESSION')), listingId: listing.id, price: '0' });
    await expect(updateListing(t.db, owner, form)).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).priceAmount).toBe(4550);
  });

  it('lets only the owner archive, keeps bookings, and freezes the listing', async () => {
    const { owner, staff } = await givenVendor(t.db);
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
    const a = await givenVendor(t.db);
    const b = await givenVendor(t.db);
    const listing = await givenListing(t.db, a.owner, 'SESSION');
    for (const status of ['PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'] as const) {
      await expect(setListingStatus(t.db, b.owner, { listingId: listing.id, status })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).status).toBe('DRAFT');
  });

  it('creates listings for the signed-in vendor only', async () => {
    const a = await givenVendor(t.db);
    const listing = await createListing(t.db, a.staff, await listingForm(t.db, 'APPOINTMENT'));
    expect(listing.vendorId).toBe(a.vendor.id);
  });
});

describe('listing address', () => {
  it('is made from the title when left empty', async () => {
    const { owner } = await givenVendor(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL', { slug: '', title: 'Blue Kayák for two' });
    expect(listing.slug).toBe('blue-kayak-for-two');
  });
});
