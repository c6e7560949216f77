import { beforeAll, describe, expect, it } from 'vitest';
import { onboardingChecklist } from '@/lib/business/onboarding';
import { profileSchema } from '@/lib/business/profile-schema';
import { updateProfile, vendorProfile } from '@/lib/business/profile';
import { registerVendor } from '@/lib/auth/register';
import { vendorSignUpSchema } from '@/lib/auth/schemas';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenListing, givenBusiness } from './business-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const form = (overrides: Record<string, unknown> = {}) =>
  profileSchema.parse({
    name: 'Lagoa Boats',
    slug: `lagoa-${Math.random().toString(36).slice(2, 8)}`,
    description: 'Boats and kayaks on the lagoon.',
    contactEmail: 'Hello@Lagoa.example',
    contactPhone: '+351 282 000 000',
    timeZone: 'Europe/Lisbon',
    currency: 'GBP',
    address: '1 Harbour Road',
    city: 'Lagos',
    country: 'pt',
    ...overrides,
  });

const slugError = (slug: string) => profileSchema.safeParse({ ...form(), slug }).error?.issues.find((i) => i.path[0] === 'slug')?.message;

describe('business profile rules', () => {
  it('accepts lower-case letters, digits and single hyphens, 3–40 characters, and refuses reserved addresses', () => {
    expect(profileSchema.parse({ ...form(), slug: '  Lagoa-Boats-2 ' }).slug).toBe('lagoa-boats-2');
    expect(slugError('ab')).toBe('Use at least 3 characters');
    expect(slugError('a'.repeat(41))).toBe('Use at most 40 characters');
    expect(slugError('lagoa_boats')).toBe('Use lowercase letters, digits and single dashes');
    expect(slugError('lagoa--boats')).toBe('Use lowercase letters, digits and single dashes');
    expect(slugError('-lagoa')).toBe('Use lowercase letters, digits and single dashes');
    for (const reserved of ['admin', 'api', 'dashboard']) expect(slugError(reserved)).toBe('This address is reserved');
    // Vendor sign-up applies the very same rule.
    expect(vendorSignUpSchema.shape.slug.safeParse('dashboard').success).toBe(false);
    expect(vendorSignUpSchema.shape.slug.safeParse('lagoa--boats').success).toBe(false);
  });

  it('checks the time zone, currency and country against real code lists', () => {
    const issue = (overrides: Record<string, unknown>) => profileSchema.safeParse({ ...form(), ...overrides }).error?.issues.map((i) => i.path[0]);
    expect(issue({ timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
    expect(issue({ timeZone: '+01:00' })).toEqual(['timeZone']);
    expect(issue({ currency: 'XYZ' })).toEqual(['currency']);
    expect(issue({ country: 'EU' })).toEqual(['country']);
    expect(issue({ contactEmail: 'not-an-email' })).toEqual(['contactEmail']);
    expect(form({ currency: 'thb', country: '', address: '', contactPhone: '' })).toMatchObject({ currency: 'THB', country: undefined, address: undefined, contactPhone: undefined });
  });
});

describe('editing the business profile', () => {
  it('the owner saves every field; the storefront reads the new values', async () => {
    const { vendor, owner } = await givenBusiness(t.db);
    const input = form();
    const saved = await updateProfile(t.db, owner, input);
    expect(saved).toMatchObject({
      name: 'Lagoa Boats',
      slug: input.slug,
      description: 'Boats and kayaks on the lagoon.',
      contactEmail: 'hello@lagoa.example',
      contactPhone: '+351 282 000 000',
      timeZone: 'Europe/Lisbon',
      currency: 'GBP',
      address: '1 Harbour Road',
      city: 'Lagos',
      country: 'PT',
    });
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).slug).toBe(input.slug);
    // Cleared optional fields are stored as empty.
    await expect(updateProfile(t.db, owner, form({ slug: input.slug, contactPhone: '', address: '', city: '', country: '' }))).resolves.toMatchObject({ contactPhone: null, address: null, city: null, country: null });
  });

  it('a taken address is a field error, also when two businesses race for it', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    await expect(updateProfile(t.db, b.owner, form({ slug: a.vendor.slug }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', status: 422, fieldErrors: { slug: ['This address is taken'] } });
    // Sign-up says it the same way, next to the field.
    const signUp = vendorSignUpSchema.parse({ name: 'Nia', email: `nia-${Date.now()}@example.com`, password: 'long-enough-password', businessName: 'Nia Boats', slug: a.vendor.slug, timeZone: 'Europe/Lisbon', currency: 'EUR' });
    await expect(registerVendor(t.db, signUp)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { slug: ['This address is taken'] } });

    const contested = `contested-${Date.now()}`;
    const results = await Promise.allSettled([updateProfile(t.newClient(1), a.owner, form({ slug: contested })), updateProfile(t.newClient(1), b.owner, form({ slug: contested }))]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { slug: ['This address is taken'] } });
    expect(await t.db.vendor.count({ where: { slug: contested } })).toBe(1);
  });

  it('staff see the profile read-only and cannot save it', async () => {
    const { vendor, staff } = await givenBusiness(t.db);
    await expect(vendorProfile(t.db, staff)).resolves.toMatchObject({ canEdit: false, vendor: { id: vendor.id } });
    await expect(updateProfile(t.db, staff, form())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: vendor.id } })).name).toBe(vendor.name);
  });

  it('a member of business B only ever edits B', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    await updateProfile(t.db, b.owner, form({ name: 'B renamed' }));
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: a.vendor.id } })).name).toBe(a.vendor.name);
    expect((await t.db.vendor.findUniqueOrThrow({ where: { id: b.vendor.id } })).name).toBe('B renamed');
    expect((await vendorProfile(t.db, b.staff)).vendor.id).toBe(b.vendor.id);
  });

  it('the currency changes only while the business has no listings other than archived ones', async () => {
    const { vendor, owner } = await givenBusiness(t.db, { currency: 'GBP' });
    const slug = vendor.slug;
    await expect(updateProfile(t.db, owner, form({ slug, currency: 'EUR' }))).resolves.toMatchObject({ currency: 'EUR' });
    const listing = await givenListing(t.db, owner, 'RENTAL');
    expect(listing.currency).toBe('EUR');
    expect((await vendorProfile(t.db, owner)).canChangeCurrency).toBe(false);
    await expect(updateProfile(t.db, owner, form({ slug, currency: 'USD' }))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { currency: [expect.stringContaining('priced in EUR')] } });
    // Other fields still save with the currency unchanged.
    await expect(updateProfile(t.db, owner, form({ slug, currency: 'EUR', name: 'Renamed' }))).resolves.toMatchObject({ name: 'Renamed', currency: 'EUR' });

    await t.db.listing.update({ where: { id: listing.id }, data: { status: 'ARCHIVED' } });
    await expect(updateProfile(t.db, owner, form({ slug, currency: 'USD' }))).resolves.toMatchObject({ currency: 'USD' });
    expect((await t.db.listing.findUniqueOrThrow({ where: { id: listing.id } })).currency).toBe('EUR'); // never converted
  });
});

describe('the onboarding checklist', () => {
  it('ticks off details, logo, first listing and a published listing; the team step is optional', async () => {
    const { vendor, owner } = await givenBusiness(t.db); // the scenario adds a staff member: team done
    const keys = async () => {
      const list = await onboardingChecklist(t.db, vendor.id);
      return { done: list.steps.filter((s) => s.done).map((s) => s.key), complete: list.complete, progress: `${list.doneCount}/${list.requiredCount}` };
    };
    expect(await keys()).toEqual({ done: ['team'], complete: false, progress: '0/4' });
    expect((await onboardingChecklist(t.db, vendor.id)).steps.map((s) => s.href)).toEqual(['/dashboard/profile', '/dashboard/profile', '/dashboard/listings/new', '/dashboard/listings', '/dashboard/team']);

    await updateProfile(t.db, owner, form({ slug: vendor.slug, currency: 'GBP', contactPhone: '' }));
    expect((await keys()).done).toEqual(['team']); // no phone yet
    await updateProfile(t.db, owner, form({ slug: vendor.slug, currency: 'GBP' }));
    await t.db.vendor.update({ where: { id: vendor.id }, data: { logoUrl: '/uploads/logo.webp' } });
    const listing = await givenListing(t.db, owner, 'RENTAL');
    expect(await keys()).toEqual({ done: ['details', 'logo', 'listing', 'team'], complete: false, progress: '3/4' });
    await t.db.listing.update({ where: { id: listing.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect(await keys()).toEqual({ done: ['details', 'logo', 'listing', 'published', 'team'], complete: true, progress: '4/4' });
  });
});
