import { beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/authenticate';
import { registerCustomer, registerVendor } from '@/lib/auth/register';
import { customerSignUpSchema, vendorSignUpSchema } from '@/lib/auth/schemas';
import { Conflict } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';
import { useTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // authenticate() uses the app's client
});

const vendorInput = (overrides: Partial<Record<string, string>> = {}) =>
  vendorSignUpSchema.parse({ name: 'Olivia', email: 'olivia@example.com', password: 'long-enough', businessName: 'Harbour Kayaks', slug: 'harbour-kayaks', timeZone: 'Australia/Sydney', currency: 'aud', ...overrides });

describe('sign-up', () => {
  it('registers a customer with a hashed password and refuses the same email twice, whatever its case', async () => {
    const user = await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Casey', email: 'Casey@Example.com', password: 'long-enough' }));
    expect(user.email).toBe('casey@example.com');
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    await expect(registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Other', email: 'casey@example.com', password: 'long-enough' }))).rejects.toThrow(
      new Conflict('An account with this email already exists. Sign in instead.'),
    );
    expect(await t.db.user.count({ where: { email: 'casey@example.com' } })).toBe(1);
  });

  it('registers a vendor owner with a storefront, and refuses a taken slug without creating the user', async () => {
    const { user, vendor } = await registerVendor(t.db, vendorInput());
    expect(vendor).toMatchObject({ slug: 'harbour-kayaks', currency: 'AUD', timeZone: 'Australia/Sydney', status: 'ACTIVE' });
    expect(await t.db.vendorMember.findFirst({ where: { vendorId: vendor.id, userId: user.id } })).toMatchObject({ role: 'OWNER' });

    await expect(registerVendor(t.db, vendorInput({ email: 'someone@example.com' }))).rejects.toThrow(/storefront address is taken/);
    expect(await t.db.user.count({ where: { email: 'someone@example.com' } })).toBe(0);
  });

  it('validates slugs, time zones and passwords in the shared schema', () => {
    expect(vendorSignUpSchema.safeParse({ ...vendorInput(), slug: 'Admin' }).success).toBe(false);
    expect(vendorSignUpSchema.safeParse({ ...vendorInput(), slug: 'has space' }).success).toBe(false);
    expect(vendorSignUpSchema.safeParse({ ...vendorInput(), timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(customerSignUpSchema.safeParse({ name: 'A', email: 'a@example.com', password: 'short' }).success).toBe(false);
  });
});

describe('sign-in', () => {
  it('accepts the right password only', async () => {
    await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Sam', email: 'sam@example.com', password: 'right-password' }));
    expect(await authenticate({ email: 'sam@example.com', password: 'right-password' }, '10.0.0.1')).toMatchObject({ email: 'sam@example.com' });
    expect(await authenticate({ email: 'sam@example.com', password: 'wrong-password' }, '10.0.0.1')).toBeNull();
    expect(await authenticate({ email: 'nobody@example.com', password: 'right-password' }, '10.0.0.1')).toBeNull();
  });

  it('counts a fixed window atomically under parallel calls', async () => {
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => consumeRateLimit(t.db, 'test:parallel', { limit: 5, windowSeconds: 60 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
  });
});

describe('where people land after signing in', () => {
  it('sends members of a business to their dashboard and everyone else to their account', async () => {
    const { landingPathFor } = await import('@/lib/auth/landing');
    await registerVendor(t.db, vendorInput({ email: 'lands.owner@example.com', slug: 'lands-owner' }));
    await registerCustomer(t.db, customerSignUpSchema.parse({ name: 'Lana Lands', email: 'lands.customer@example.com', password: 'correct-horse-battery' }));
    expect(await landingPathFor(t.db, 'lands.owner@example.com')).toBe('/dashboard');
    expect(await landingPathFor(t.db, ' Lands.Owner@Example.com ')).toBe('/dashboard');
    expect(await landingPathFor(t.db, 'lands.customer@example.com')).toBe('/account');
    expect(await landingPathFor(t.db, 'nobody@example.com')).toBe('/account');
  });

  it('sends operators to the console', async () => {
    const { landingPathFor } = await import('@/lib/auth/landing');
    await t.db.user.create({ data: { email: 'lands.operator@example.com', name: 'Ola Operator', role: 'OPERATOR' } });
    expect(await landingPathFor(t.db, 'lands.operator@example.com')).toBe('/admin');
  });
});
