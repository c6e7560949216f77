// Next.js answers dynamic pages with `Cache-Control: private, no-cache, no-store, …`, and `no-store`
// keeps a page out of the browser's back/forward cache. The public catalog pages hold nothing a
// shared cache may keep (each names the signed-in person in its header: private) and must be
// revalidated before reuse (no-cache), but the back button may show them again at once.
// Account, dashboard, admin and payment pages keep Next.js's no-store.

export const PUBLIC_PAGE_CACHE_CONTROL = 'private, no-cache';

const PUBLIC_PAGES = /^\/(search|v\/[^/]+(\/[^/]+)?)?$/;

/** The home page, search, storefronts and listing pages. */
export function isPublicCatalogPage(pathname: string): boolean {
  return PUBLIC_PAGES.test(pathname);
}
