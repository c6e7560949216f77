import { describe, expect, it } from 'vitest';
import { afterCatalogWrite, CATALOG_TAGS, EVERY_CATALOG_PAGE, expireCatalog } from '@/lib/catalog/cache-tags';
import { isPublicCatalogPage } from '@/lib/http/page-cache-control';
import { bookingFormFields } from '@/lib/booking/form-data';

describe('catalog cache tags', () => {
  it('names one tag per family of public pages, and a listing change expires them all', () => {
    expect(EVERY_CATALOG_PAGE.sort()).toEqual(['catalog:home', 'catalog:listings', 'catalog:storefronts']);
    expect(CATALOG_TAGS.listings).toBe('catalog:listings');
  });

  it('does nothing outside a Next.js request (services called from tests, scripts and the seed)', async () => {
    expect(() => expireCatalog()).not.toThrow();
    await expect(afterCatalogWrite(Promise.resolve(42))).resolves.toBe(42);
  });

  it('passes a failed write through without expiring anything', async () => {
    await expect(afterCatalogWrite(Promise.reject(new Error('no')))).rejects.toThrow('no');
  });
});

describe('which pages may enter the back/forward cache', () => {
  it.each(['/', '/search', '/v/watertrek', '/v/watertrek/double-kayak'])('%s is a public catalog page', (path) => {
    expect(isPublicCatalogPage(path)).toBe(true);
  });
  it.each(['/account', '/dashboard', '/v/watertrek/double-kayak/more', '/signin', '/cart', '/manage/abc', '/searchx'])('%s is not', (path) => {
    expect(isPublicCatalogPage(path)).toBe(false);
  });
});

describe('the booking form as posted', () => {
  it('reads the fields by their HTML names, contact details nested', () => {
    const data = new FormData();
    for (const [name, value] of Object.entries({ listingId: 'l', start: '2031-07-01', end: '2031-07-03', quantity: '2', 'contact.name': 'Ann', 'contact.email': 'a@example.com', 'contact.phone': '+441234' })) data.set(name, value);
    expect(bookingFormFields(data)).toEqual({
      listingId: 'l', start: '2031-07-01', end: '2031-07-03', sessionId: undefined, slot: undefined, staffId: undefined, quantity: '2', notes: undefined,
      contact: { name: 'Ann', email: 'a@example.com', phone: '+441234' },
    });
  });
  it('has no contact without the contact fields, and one seat by default', () => {
    const data = new FormData();
    data.set('listingId', 'l');
    expect(bookingFormFields(data)).toMatchObject({ quantity: '1', contact: undefined });
  });
});
