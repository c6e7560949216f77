import { beforeAll, describe, expect, it } from 'vitest';
import { adminCategories, createCategory, moveCategory, removeCategoryAttribute, saveCategoryAttribute, setCategoryRetired, updateCategory } from '@/lib/admin/categories';
import { attributeSchema, categorySchema } from '@/lib/admin/category-schemas';
import { createListing, updateListing } from '@/lib/business/listings';
import { createListingSchema } from '@/lib/business/listing-schemas';
import { listingFormCategories } from '@/lib/catalog/category-choices';
import { searchListings } from '@/lib/catalog/search';
import type { OperatorActor } from '@/lib/domain/actor';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor, operator } from '../support/scenario';

// Operators run the categories; a category's attribute template shapes the listing form's
// attributes (typed, checked) and the search's filters.

let t: TestDatabase;
let op: OperatorActor;
beforeAll(async () => {
  t = await useTestDatabase();
  op = (await operator(t.db)) as OperatorActor;
});

let n = 0;
const newCategory = (name: string, icon = 'boat') => {
  n += 1;
  return createCategory(t.db, op, categorySchema.parse({ name, slug: `cat-${n}-${Date.now()}`, kind: 'RENTAL', icon }));
};

describe('the category console', () => {
  it('adds, renames, reorders and retires categories, each audited; only operators may', async () => {
    const a = await newCategory('Alpha');
    const b = await newCategory('Beta', 'car');
    expect(b.sortOrder).toBeGreaterThan(a.sortOrder);

    await updateCategory(t.db, op, { categoryId: a.id, name: 'Alpha boats', icon: 'wave', description: 'Renamed' });
    expect(await t.db.category.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ name: 'Alpha boats', icon: 'wave', slug: a.slug });

    await moveCategory(t.db, op, { categoryId: b.id, direction: 'up' });
    const order = (await adminCategories(t.db, op)).filter((c) => !c.retiredAt).map((c) => c.id);
    expect(order.indexOf(b.id)).toBe(order.indexOf(a.id) - 1);

    await setCategoryRetired(t.db, op, { categoryId: a.id, retired: true });
    expect((await t.db.category.findUniqueOrThrow({ where: { id: a.id } })).retiredAt).not.toBeNull();
    expect((await t.db.auditLog.findMany({ where: { entityId: a.id }, orderBy: { createdAt: 'asc' } })).map((e) => e.action)).toEqual(['category.create', 'category.update', 'category.retire']);

    const customer = { kind: 'customer', userId: op.userId } as unknown as OperatorActor;
    await expect(createCategory(t.db, customer, categorySchema.parse({ name: 'Nope', slug: 'nope', kind: 'RENTAL', icon: 'tag' }))).rejects.toThrow(/operators/);
  });

  it('refuses an emoji or an unknown icon, and a taken address', async () => {
    expect(categorySchema.safeParse({ name: 'Boats', slug: 'x-boats', kind: 'RENTAL', icon: '🛥️' }).success).toBe(false);
    const a = await newCategory('Gamma');
    await expect(createCategory(t.db, op, { name: 'Again', slug: a.slug, kind: 'RENTAL', icon: 'tag', description: '' })).rejects.toThrow(/already has this address/);
  });

  it('keeps moves consistent when two operators reorder at once', async () => {
    const cats = [await newCategory('M1'), await newCategory('M2'), await newCategory('M3')];
    await Promise.all([moveCategory(t.db, op, { categoryId: cats[2]!.id, direction: 'up' }), moveCategory(t.db, op, { categoryId: cats[0]!.id, direction: 'down' })]);
    const orders = (await t.db.category.findMany({ where: { retiredAt: null }, select: { sortOrder: true } })).map((c) => c.sortOrder);
    expect(new Set(orders).size).toBe(orders.length); // no two share a place
  });
});

describe('attribute templates', () => {
  it('types and checks a listing’s attributes, offers the template to the form, and filters the search by them', async () => {
    const category = await newCategory('Campervans', 'car');
    await saveCategoryAttribute(t.db, op, attributeSchema.parse({ categoryId: category.id, name: 'berths', label: 'Berths', type: 'number', options: '' }));
    await saveCategoryAttribute(t.db, op, attributeSchema.parse({ categoryId: category.id, name: 'fuel', label: 'Fuel', type: 'select', options: 'diesel, petrol, electric' }));
    await saveCategoryAttribute(t.db, op, attributeSchema.parse({ categoryId: category.id, name: 'pets', label: 'Pets allowed', type: 'boolean', options: '' }));
    expect(attributeSchema.safeParse({ categoryId: category.id, name: 'fuel', label: 'Fuel', type: 'select', options: 'diesel' }).success).toBe(false);

    const choices = await listingFormCategories(t.db);
    expect(choices.find((c) => c.id === category.id)?.attributes.map((a) => a.name)).toEqual(['berths', 'fuel', 'pets']);

    const world = await givenVendor(t.db).withRental();
    const form = (attributes: string, title: string) =>
      createListingSchema.parse({ kind: 'RENTAL', categoryId: category.id, title, pricingUnit: 'DAY', price: '80', attributes, bookingMode: 'INSTANT', paymentMode: 'NONE', depositType: 'NONE' });
    await expect(createListing(t.db, world.actor, form('fuel: coal', 'Bad van'))).rejects.toThrow(/Fuel must be one of: diesel, petrol, electric/);
    await expect(createListing(t.db, world.actor, form('berths: many', 'Bad van'))).rejects.toThrow(/Berths must be a number/);

    const van = await createListing(t.db, world.actor, form('berths: 4\nfuel: diesel\npets: true\ncolour: blue', 'Big van'));
    expect(van.attributes).toEqual({ berths: 4, fuel: 'diesel', pets: true, colour: 'blue' });
    const small = await createListing(t.db, world.actor, form('berths: 2\nfuel: electric', 'Small van'));
    await t.db.listing.updateMany({ where: { id: { in: [van.id, small.id] } }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    await t.db.rentalUnit.createMany({ data: [van.id, small.id].map((listingId) => ({ listingId, code: 'U1' })) });

    const titles = async (params: Record<string, string>) => (await searchListings(t.db, { category: category.slug, ...params })).items.map((i) => i.title).sort();
    expect(await titles({})).toEqual(['Big van', 'Small van']);
    expect(await titles({ 'attr.berths': '3' })).toEqual(['Big van']); // at least 3
    expect(await titles({ 'attr.fuel': 'electric' })).toEqual(['Small van']);
    expect(await titles({ 'attr.pets': 'true' })).toEqual(['Big van']);
    expect(await titles({ 'attr.fuel': 'coal' })).toEqual(['Big van', 'Small van']); // not an option: ignored

    await removeCategoryAttribute(t.db, op, { categoryId: category.id, name: 'fuel' });
    const updated = await updateListing(t.db, world.actor, { ...form('berths: 2\nfuel: anything now', 'Small van'), listingId: small.id });
    expect(updated.attributes).toEqual({ berths: 2, fuel: 'anything now' });
  });

  it('offers a retired category for no new listing, but lets a listing already in it keep it', async () => {
    const category = await newCategory('Old stuff');
    const world = await givenVendor(t.db).withRental();
    const form = createListingSchema.parse({ kind: 'RENTAL', categoryId: category.id, title: 'Old thing', pricingUnit: 'DAY', price: '10', bookingMode: 'INSTANT', paymentMode: 'NONE', depositType: 'NONE' });
    const listing = await createListing(t.db, world.actor, form);
    await setCategoryRetired(t.db, op, { categoryId: category.id, retired: true });
    expect((await listingFormCategories(t.db)).some((c) => c.id === category.id)).toBe(false);
    expect((await listingFormCategories(t.db, category.id)).some((c) => c.id === category.id)).toBe(true);
    await expect(createListing(t.db, world.actor, { ...form, title: 'Another', slug: 'another' })).rejects.toThrow(/retired/);
    await expect(updateListing(t.db, world.actor, { ...form, listingId: listing.id, title: 'Old thing, renamed' })).resolves.toMatchObject({ title: 'Old thing, renamed' });
  });
});
