import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { signIn } from './support';

// Who may open each dashboard and console page, checked over HTTP as every role against the real
// app. Pages are found on disk: a new page without an entry below fails the first test.
// The server actions and route handlers behind these pages have their own matrix
// (tests/authz/action-matrix.db.test.ts).

type Access =
  | 'members' // any member of a business sees their own business's page
  | 'membersOfA' // a page about one row of business A: other businesses get "not found"
  | 'operators';

const PAGES: Record<string, Access> = {
  '/dashboard': 'members',
  '/dashboard/bookings': 'members',
  '/dashboard/bookings/[id]': 'membersOfA',
  '/dashboard/calendar': 'members',
  '/dashboard/listings': 'members',
  '/dashboard/listings/new': 'members',
  '/dashboard/listings/[id]': 'membersOfA',
  '/dashboard/listings/[id]/units': 'membersOfA',
  '/dashboard/listings/[id]/units/[unitId]': 'membersOfA',
  '/dashboard/listings/[id]/sessions': 'membersOfA',
  '/dashboard/listings/staff': 'members',
  '/dashboard/listings/staff/[staffId]': 'membersOfA',
  '/dashboard/profile': 'members',
  '/dashboard/team': 'members',
  '/dashboard/settings/api-keys': 'members', // staff see that only owners manage keys
  '/dashboard/settings/webhooks': 'members', // staff see that only owners manage webhooks
  '/dashboard/promo-codes': 'members', // staff see that only owners manage codes
  '/dashboard/check-in': 'members',
  '/dashboard/check-in/[token]': 'members', // opened with a token that is not valid: members see why
  '/admin': 'operators',
  '/admin/vendors': 'operators',
  '/admin/vendors/[id]': 'operators',
  '/admin/listings': 'operators',
  '/admin/categories': 'operators',
  '/admin/bookings': 'operators',
  '/admin/bookings/[id]': 'operators',
  '/admin/payments': 'operators',
  '/admin/events': 'operators',
  '/admin/outbox': 'operators',
  '/admin/webhooks': 'operators',
  '/admin/users': 'operators',
  '/admin/audit': 'operators',
};

// Which row a [param] page is opened with, where the first link on the page above would not do
// (units belong to rentals, sessions to session listings).
const SAMPLE_LINK: Record<string, RegExp> = {
  '/dashboard/listings/[id]/units': /Stand-up paddleboard/,
  '/dashboard/listings/[id]/units/[unitId]': /Stand-up paddleboard|Calendars/,
  '/dashboard/listings/[id]/sessions': /Sunset kayak tour/,
};

// [param] pages nothing links to (a scanned QR code's address), opened at a fixed address.
const FIXED_URL: Record<string, string> = {
  '/dashboard/check-in/[token]': '/dashboard/check-in/not-a-valid-token',
};

// Business A is WaterTrek (its owner and a staff member); business B is another demo business.
const ROLES = {
  anonymous: null,
  customer: 'customer@example.com',
  staffA: 'staff@example.com',
  ownerA: 'watertrek@example.com',
  ownerB: 'phuket@example.com',
  operator: 'operator@example.com',
} as const;
type Role = keyof typeof ROLES;

type Outcome = 'ok' | 'signin' | 'denied';

function expected(access: Access, role: Role): Outcome {
  if (role === 'anonymous') return 'signin';
  if (access === 'operators') return role === 'operator' ? 'ok' : 'denied';
  if (role === 'customer' || role === 'operator') return 'denied';
  if (access === 'membersOfA' && role === 'ownerB') return 'denied';
  return 'ok';
}

function pagesOnDisk(): string[] {
  return ['app/dashboard', 'app/admin'].flatMap((dir) => {
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return files
      .filter((file) => path.basename(file) === 'page.tsx')
      .map((file) => `/${path.join(dir, path.dirname(file)).replace(/^app\//, '').replace(/\/\.$/, '')}`.replace(/\/\([^)]+\)/g, ''));
  });
}

async function contextFor(browser: Browser, role: Role) {
  const context = await browser.newContext();
  const email = ROLES[role];
  if (email) {
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page).not.toHaveURL(/\/signin/);
    await page.close();
  }
  return context;
}

/** Fills each [param] with an id linked from the page above it, crawled as someone who may see it. */
async function resolve(pattern: string, crawler: APIRequestContext): Promise<string> {
  if (FIXED_URL[pattern]) return FIXED_URL[pattern];
  const sample = SAMPLE_LINK[pattern];
  let resolved = '';
  const segments = pattern.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!segment.startsWith('[')) {
      resolved += `/${segment}`;
      continue;
    }
    const html = await (await crawler.get(resolved)).text();
    const staticSiblings = Object.keys(PAGES)
      .filter((p) => p.startsWith(`${resolved}/`) && !p.slice(resolved.length + 1).includes('[') && !p.slice(resolved.length + 1).includes('/'))
      .map((p) => p.slice(resolved.length + 1));
    const links = [...html.matchAll(/<a[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].filter((m) => !sample || sample.test(m[2]!));
    const hrefs = links.map((m) => m[1]!.split(/[?#]/)[0]!);
    const child = hrefs
      .filter((href) => href.startsWith(`${resolved}/`))
      .map((href) => href.slice(resolved.length + 1))
      .find((rest) => /^[\w-]+$/.test(rest) && !staticSiblings.includes(rest));
    if (!child) throw new Error(`No link to ${pattern} found on ${resolved}`);
    resolved += `/${child}`;
  }
  return resolved;
}

async function outcomeOf(request: APIRequestContext, url: string): Promise<{ outcome: Outcome; detail: string }> {
  const response = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  const location = response.headers().location ?? '';
  if (status >= 300 && status < 400) {
    return { outcome: new URL(location, 'http://x').pathname === '/signin' ? 'signin' : 'denied', detail: `${status} → ${location}` };
  }
  // Only the rendered HTML counts: the scripts carry the whole app's flight data, not-found page included.
  const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  // A page that streams (it has a loading state) redirects with a meta refresh and shows "not found" with status 200.
  const redirectMeta = /<meta[^>]*__next-page-redirect[^>]*>/.exec(html)?.[0];
  const streamedRedirect = redirectMeta ? /url=([^"]+)"/.exec(redirectMeta)?.[1] : undefined;
  if (streamedRedirect) return { outcome: streamedRedirect.replace(/&amp;/g, '&').startsWith('/signin') ? 'signin' : 'denied', detail: `streamed redirect → ${streamedRedirect}` };
  if (status === 404 || html.includes('We could not find that page')) return { outcome: 'denied', detail: `${status} not found` };
  if (html.includes('You are not part of a business yet')) return { outcome: 'denied', detail: 'not a member' };
  return { outcome: status === 200 ? 'ok' : 'denied', detail: String(status) };
}

test('every dashboard and console page has an access rule', () => {
  const missing = pagesOnDisk().filter((page) => !(page in PAGES));
  expect(missing, 'add these pages to PAGES in e2e/page-access.spec.ts').toEqual([]);
  const stale = Object.keys(PAGES).filter((page) => !pagesOnDisk().includes(page));
  expect(stale, 'these pages no longer exist').toEqual([]);
});

test('each role opens exactly the pages it may', async ({ browser }) => {
  test.setTimeout(180_000);
  const contexts = Object.fromEntries(await Promise.all((Object.keys(ROLES) as Role[]).map(async (role) => [role, await contextFor(browser, role)] as const)));
  const urls = new Map<string, string>();
  for (const pattern of Object.keys(PAGES)) {
    urls.set(pattern, await resolve(pattern, contexts[PAGES[pattern] === 'operators' ? 'operator' : 'ownerA']!.request));
  }

  const wrong: string[] = [];
  for (const [pattern, access] of Object.entries(PAGES)) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const { outcome, detail } = await outcomeOf(contexts[role]!.request, urls.get(pattern)!);
      if (outcome !== expected(access, role)) wrong.push(`${role} on ${urls.get(pattern)}: expected ${expected(access, role)}, got ${outcome} (${detail})`);
    }
  }
  expect(wrong).toEqual([]);
  await Promise.all(Object.values(contexts).map((context) => context.close()));
});
