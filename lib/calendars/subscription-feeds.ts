import 'server-only';
// Subscription feeds: secret iCalendar URLs a calendar app polls, listing confirmed bookings of a
// business, a staff member, a rental unit, or a customer's own. The token is 256 random bits and
// only its SHA-256 is stored, so the URL is shown once; a new link revokes the old one in the same
// transaction (one live link per scope is a unique index), and a revoked link reads as not found.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { absoluteUrl } from '@/lib/config/app-url';
import { NotFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { feedUrls, type VendorFeedScope } from './feed-scope';
import { renderFeed, type FeedKind } from './render-feed';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type IssuedFeed = { url: string; webcalUrl: string; createdAt: Date };

type FeedOwner = { vendorId: string; staffId?: string; unitId?: string } | { userId: string };

async function vendorOwner(db: Db, actor: MemberActor, scope: VendorFeedScope): Promise<FeedOwner> {
  if (scope.scope === 'staff') {
    const staff = await db.staffMember.findFirst({ where: { id: scope.staffId, vendorId: actor.vendorId }, select: { id: true } });
    if (!staff) throw new NotFound('Staff member not found.');
    return { vendorId: actor.vendorId, staffId: staff.id };
  }
  if (scope.scope === 'unit') {
    const unit = await db.rentalUnit.findFirst({ where: { id: scope.unitId, listing: { vendorId: actor.vendorId } }, select: { id: true } });
    if (!unit) throw new NotFound('Unit not found.');
    return { vendorId: actor.vendorId, unitId: unit.id };
  }
  return { vendorId: actor.vendorId };
}

function liveFeedWhere(owner: FeedOwner): Prisma.CalendarFeedWhereInput {
  if ('userId' in owner) return { userId: owner.userId, revokedAt: null };
  return { vendorId: owner.vendorId, staffId: owner.staffId ?? null, unitId: owner.unitId ?? null, revokedAt: null };
}

async function issue(db: Db, owner: FeedOwner, now: Date): Promise<IssuedFeed> {
  const token = randomBytes(32).toString('base64url');
  const row = await db.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({ where: liveFeedWhere(owner), data: { revokedAt: now } });
    return tx.calendarFeed.create({ data: { ...owner, tokenHash: hashToken(token), createdAt: now } });
  });
  return { ...feedUrls(absoluteUrl('/'), token), createdAt: row.createdAt };
}

async function revoke(db: Db, owner: FeedOwner, now: Date): Promise<void> {
  await db.calendarFeed.updateMany({ where: liveFeedWhere(owner), data: { revokedAt: now } });
}

/** A new secret link for the business's (or one of its staff members' or units') bookings; the old link stops working. */
export async function issueVendorFeed(db: Db, actor: MemberActor, scope: VendorFeedScope, now = new Date()): Promise<IssuedFeed> {
  return issue(db, await vendorOwner(db, actor, scope), now);
}

/** Turns the link off: calendars subscribed to it get "not found" from now on. */
export async function revokeVendorFeed(db: Db, actor: MemberActor, scope: VendorFeedScope, now = new Date()): Promise<void> {
  await revoke(db, await vendorOwner(db, actor, scope), now);
}

/** When the live link of this scope was made (null: none), for the dashboard; the URL itself is never shown again. */
export async function vendorFeedSince(db: Db, actor: MemberActor, scope: VendorFeedScope): Promise<Date | null> {
  const owner = await vendorOwner(db, actor, scope);
  return (await db.calendarFeed.findFirst({ where: liveFeedWhere(owner), select: { createdAt: true } }))?.createdAt ?? null;
}

export async function issueCustomerFeed(db: Db, userId: string, now = new Date()): Promise<IssuedFeed> {
  return issue(db, { userId }, now);
}

export async function revokeCustomerFeed(db: Db, userId: string, now = new Date()): Promise<void> {
  await revoke(db, { userId }, now);
}

export async function customerFeedSince(db: Db, userId: string): Promise<Date | null> {
  return (await db.calendarFeed.findFirst({ where: liveFeedWhere({ userId }), select: { createdAt: true } }))?.createdAt ?? null;
}

/** Bookings a calendar should show: confirmed ones, from a while back to the future. */
const LISTED_STATUSES = ['CONFIRMED', 'CHECKED_IN', 'COMPLETED'] as const;
const PAST_DAYS = 90;
const MAX_EVENTS = 5000;

/** The feed a secret link opens: its .ics text and a tag of that text; NotFound for unknown or revoked links. */
export async function readSubscriptionFeed(db: Db, token: string, now = new Date()): Promise<{ ics: string; etag: string; name: string }> {
  if (!TOKEN.test(token)) throw new NotFound('This calendar link is not valid.');
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { revokedAt: true, vendorId: true, staffId: true, unitId: true, userId: true, vendor: { select: { name: true } }, staff: { select: { name: true } }, unit: { select: { code: true, name: true, listing: { select: { title: true } } } } },
  });
  if (!feed || feed.revokedAt) throw new NotFound('This calendar link is not valid or was replaced by a new one.');

  const scope: Prisma.BookingWhereInput = feed.userId
    ? { customerId: feed.userId }
    : { vendorId: feed.vendorId!, ...(feed.staffId ? { allocations: { some: { staffId: feed.staffId } } } : feed.unitId ? { allocations: { some: { unitId: feed.unitId } } } : {}) };
  const bookings = await db.booking.findMany({
    where: { ...scope, status: { in: [...LISTED_STATUSES] }, endAt: { gte: new Date(now.getTime() - PAST_DAYS * 86_400_000) } },
    orderBy: [{ startAt: 'asc' }, { id: 'asc' }],
    take: MAX_EVENTS,
    select: {
      id: true,
      reference: true,
      status: true,
      startAt: true,
      endAt: true,
      quantity: true,
      contactName: true,
      updatedAt: true,
      listing: { select: { title: true, address: true, city: true } },
      vendor: { select: { name: true } },
      allocations: { select: { staff: { select: { name: true } }, unit: { select: { code: true } } } },
    },
  });
  const kind: FeedKind = feed.userId ? 'customer' : 'business';
  const name = feed.userId
    ? 'My bookings'
    : feed.staff
      ? `${feed.staff.name} · ${feed.vendor!.name}`
      : feed.unit
        ? `${feed.unit.listing.title} ${feed.unit.name ?? feed.unit.code} · ${feed.vendor!.name}`
        : `${feed.vendor!.name} bookings`;
  const ics = renderFeed({ name, kind, bookings, linkFor: (b) => absoluteUrl(kind === 'customer' ? `/account/bookings/${b.id}` : `/dashboard/bookings/${b.id}`) });
  return { ics, etag: `"${createHash('sha256').update(ics).digest('base64url').slice(0, 27)}"`, name };
}
