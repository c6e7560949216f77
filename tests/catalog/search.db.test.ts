import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { searchListings } from '@/lib/catalog/search';
import { seedDemoData } from '@/lib/seed/seed-demo-data';
import { useTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
const now = new Date();
beforeAll(async () => {
  t = await useTestDatabase();
  await seedDemoData(t.db, now);
});

const titles = async (filters: Record<string, string>) => (await searchListings(t.db, filters, now)).items.map((i) => i.title).sort();

describe('catalog search', () => {
  it('finds by words (prefixes too), category, kind and city', async () => {
    expect(await titles({ q: 'kayak' })).toEqual(['Double kayak, full day', 'Sunset kayak tour']);
    expect(await titles({ q: 'scoot' })).toEqual(['Honda Click 125 scooter', 'Honda PCX 160 scooter']);
    expect(await titles({ category: 'cars' })).toEqual(['Toyota Fortuner SUV (automatic)', 'Toyota Yaris (automatic)']);
    expect((await searchListings(t.db, { kind: 'APPOINTMENT' }, now)).total).toBe(5); // the salon's four (one paid by bank transfer) and the coach's 1:1
    expect(await titles({ city: 'sydney', q: 'room' })).toEqual(['Meeting room for 8']);
  });

  it('finds by category, business and attribute words with English stemming, ranked, and tolerates typos (point 6)', async () => {
    const motorboat = 'Motorboat Sea Ray 19 (no licence needed)';
    for (const q of ['boat', 'boats', 'Boats']) expect(await titles({ q })).toContain(motorboat); // the Boats category
    expect(await titles({ q: 'cars' })).toEqual(['Toyota Fortuner SUV (automatic)', 'Toyota Yaris (automatic)']); // not "Career clarity"
    expect(await titles({ q: 'watertrek' })).toContain('Sunset kayak tour'); // the business's name
    expect(await titles({ q: 'motorboats' })).toEqual([motorboat]);
    const typo = await searchListings(t.db, { q: 'motrboat' }, now);
    expect(typo.items.map((i) => i.title)).toEqual([motorboat]);
    expect(typo.matchedBy).toBe('typos');
    expect((await searchListings(t.db, { q: 'scotter' }, now)).items.map((i) => i.title).sort()).toEqual(['Honda Click 125 scooter', 'Honda PCX 160 scooter']);
    // Ranked: a title match comes before a match on the category alone.
    const kayaks = await searchListings(t.db, { q: 'kayak' }, now);
    expect(kayaks.matchedBy).toBe('words');
    expect(kayaks.items.slice(0, 2).map((i) => i.title).sort()).toEqual(['Double kayak, full day', 'Sunset kayak tour']);
    // A renamed category is found by its new name.
    const boats = await t.db.category.findUniqueOrThrow({ where: { slug: 'boats' } });
    await t.db.category.update({ where: { id: boats.id }, data: { name: 'Yachts' } });
    expect(await titles({ q: 'yacht' })).toContain(motorboat);
    await t.db.category.update({ where: { id: boats.id }, data: { name: boats.name } });
    expect(await titles({ q: 'zzzqqq' })).toEqual([]);
  });

  it('filters by attributes, price, instant booking and distance, and sorts', async () => {
    expect(await titles({ category: 'cars', seats: '6' })).toEqual(['Toyota Fortuner SUV (automatic)']);
    expect(await titles({ transmission: 'automatic', maxPrice: '300', currency: 'THB', category: 'scooters' })).toEqual(['Honda Click 125 scooter']);
    expect(await titles({ category: 'cars', instant: '1' })).toEqual(['Toyota Yaris (automatic)']);
    const near = await searchListings(t.db, { lat: '7.89', lng: '98.30', radius: '20', sort: 'distance' }, now);
    expect(near.total).toBe(5); // Phuket Wheels only
    expect(near.items[0]!.distanceKm).toBeLessThan(2);
    const cheap = await searchListings(t.db, { kind: 'RENTAL', currency: 'x', sort: 'price_asc' }, now);
    expect(cheap.items.length).toBeGreaterThan(1);
  });

  it('compares prices in one currency (the searcher’s unless chosen) and, when chosen, one unit, and says so', async () => {
    // maxPrice=50 used to return per-hour €, per-day € and A$ items alike.
    const euros = await searchListings(t.db, { maxPrice: '50', currency: 'eur' }, now);
    expect(euros.items.map((i) => i.title).sort()).toEqual(['Double kayak, full day', 'Stand-up paddleboard', 'Sunset kayak tour']);
    expect(euros.items.every((i) => i.currency === 'EUR')).toBe(true);
    expect(euros.priceNote).toBe('Prices compared: the listed price per its own unit (hour, day, seat or booking), in EUR only; listings priced in other currencies are left out, nothing is converted.');
    const hourly = await searchListings(t.db, { maxPrice: '50', currency: 'EUR', per: 'hour' }, now);
    expect(hourly.items.map((i) => i.title)).toEqual(['Stand-up paddleboard']);
    expect(hourly.priceNote).toContain('per hour, in EUR only');
    // No currency named: the searcher's (from their browser) is used.
    expect((await searchListings(t.db, { maxPrice: '50' }, now, { defaultCurrency: 'AUD' })).items.map((i) => i.title).sort()).toEqual(['Hot desk day pass', 'Meeting room for 8']);
    expect((await searchListings(t.db, { q: 'kayak' }, now)).priceNote).toBeNull();
  });

  it('keeps only listings free on the dates, with how many units are left', async () => {
    const day = new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
    const before = await searchListings(t.db, { q: 'fortuner', from: day, to: day }, now);
    expect(before.items[0]!.available).toBe(2);
    const fortuner = await t.db.listing.findFirstOrThrow({ where: { slug: 'toyota-fortuner' }, include: { vendor: true } });
    const startAt = new Date(`${day}T00:00:00+07:00`);
    const endAt = new Date(startAt.getTime() + 86_400_000);
    const contact = { name: 'A', email: 'a@example.com', phone: '+66 123 456' };
    for (let i = 0; i < 2; i += 1) await requestBooking(t.db, { listingId: fortuner.id, startAt, endAt, contact }, { kind: 'guest' }, { now });
    expect((await searchListings(t.db, { q: 'fortuner', from: day, to: day }, now)).total).toBe(0);
    expect((await searchListings(t.db, { q: 'fortuner' }, now)).total).toBe(1);
  });

  it('says when the dates searched were in the past or the wrong way round, and what was searched instead (point 10)', async () => {
    const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const past = await searchListings(t.db, { q: 'fortuner', from: '2020-01-01', to: '2020-01-03' }, now);
    expect(past.dateNote).toBe('2020-01-01 to 2020-01-03 is in the past, so no dates were searched: results are not limited by availability.');
    expect(past.filters).toMatchObject({ from: undefined, to: undefined });
    expect(past.items[0]!.available).toBeNull();

    const inverted = await searchListings(t.db, { q: 'fortuner', from: day(70), to: day(65) }, now);
    expect(inverted.dateNote).toBe(`“To” (${day(65)}) was before “From” (${day(70)}), so the dates were swapped.`);
    expect(inverted.filters).toMatchObject({ from: day(65), to: day(70) });
    expect(inverted.items[0]!.available).toBe(2);

    const startsPast = await searchListings(t.db, { q: 'fortuner', from: '2020-01-01', to: day(3) }, now);
    expect(startsPast.dateNote).toMatch(/^2020-01-01 is in the past; availability is shown from \d{4}-\d{2}-\d{2}\.$/);
    expect((await searchListings(t.db, { q: 'fortuner', from: day(3), to: day(4) }, now)).dateNote).toBeNull();
  });

  it('shows day rentals’ total for the searched dates, the same total booking them costs (point 7)', async () => {
    const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const result = await searchListings(t.db, { q: 'fortuner', from: day(90), to: day(92) }, now);
    const total = result.items[0]!.totalForDates!;
    expect(total).toMatchObject({ currency: 'THB', days: 2 });
    const fortuner = await t.db.listing.findFirstOrThrow({ where: { slug: 'toyota-fortuner' } });
    const booked = await requestBooking(
      t.db,
      { listingId: fortuner.id, startAt: new Date(`${day(90)}T00:00:00+07:00`), endAt: new Date(`${day(92)}T00:00:00+07:00`), contact: { name: 'A', email: 'a@example.com', phone: '+66 123 456' } },
      { kind: 'guest' },
      { now },
    );
    expect(total.amount).toBe(booked.totalAmount);
    // One day searched: one day's total; hourly and seat-priced listings show none.
    expect((await searchListings(t.db, { q: 'fortuner', from: day(95) }, now)).items[0]!.totalForDates).toMatchObject({ days: 1 });
    expect((await searchListings(t.db, { q: 'paddleboard', from: day(95) }, now)).items[0]!.totalForDates).toBeNull();
    expect((await searchListings(t.db, { q: 'fortuner' }, now)).items[0]!.totalForDates).toBeNull();
  });

  it('paginates and survives nonsense in the URL', async () => {
    const all = await searchListings(t.db, { page: '2', sort: 'newest' }, now);
    expect(all.page).toBe(2);
    expect(all.items.length).toBe(all.total - 12);
    const junk = await searchListings(t.db, { kind: 'BOATS', lat: 'north', from: 'tomorrow', q: "'); drop table" }, now);
    expect(junk.filters.kind).toBeUndefined();
    expect(junk.total).toBe(0);
  });
});
