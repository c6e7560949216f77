import 'server-only';
// Imports external calendars (iCal feeds) of staff members and rental units as busy times that
// block their slots / the unit exactly like a booking.
// A sync replaces one calendar's busy times in one transaction; a failed sync keeps the old ones
// (stale busy times are safer than none) and records a short reason the vendor can act on. A
// sync that had to leave events out still imports the rest and records which and why (lastWarning).
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit';
import type { MemberActor } from '@/lib/domain/actor';
import { BusyTimesError, readBusyTimes } from './busy-times';
import { FeedFetchError, fetchPublicFeed, type FetchFeed } from './fetch-feed';
import { importWarning } from './import-warning';
import { GoogleSyncError, googleBusyTimes } from './google/google-busy-times';
import { googleSettings, type GoogleSettings } from './google/google-settings';
import { ownCalendarWhere } from '@/lib/business/staff';
import { logger } from '@/lib/observability/logger';

/** Busy times are imported from a day ago to this many days ahead. */
export const SYNC_DAYS_AHEAD = 400;
/** A calendar synced more recently than this is not due. */
export const SYNC_EVERY_MS = 15 * 60_000;

export type SyncResult = { calendarId: string; ok: true; busyTimes: number; warning: string | null } | { calendarId: string; ok: false; error: string };

type SyncOptions = { now?: Date; fetchFeed?: FetchFeed; /** Google settings (tests); from the environment when left out. */ google?: GoogleSettings | null };

function shortMessage(error: unknown): string {
  if (error instanceof FeedFetchError || error instanceof BusyTimesError || error instanceof GoogleSyncError) return error.message.slice(0, 200);
  logger.error({ err: error }, 'Calendar sync failed');
  return 'The calendar could not be synced; we will try again.';
}

/** Fetches and imports one calendar. Never throws for a feed problem: the result (and lastError) says what went wrong. */
export async function syncExternalCalendar(db: Db, calendarId: string, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? new Date();
  const fetchFeed = options.fetchFeed ?? fetchPublicFeed;
  const calendar = await db.externalCalendar.findUnique({
    where: { id: calendarId },
    select: {
      id: true,
      url: true,
      staffId: true,
      unitId: true,
      staff: { select: { vendor: { select: { timeZone: true } } } },
      unit: { select: { listing: { select: { timeZone: true, vendor: { select: { timeZone: true } } } } } },
      google: { select: { googleCalendarId: true, refreshTokenSealed: true } },
    },
  });
  if (!calendar) return { calendarId, ok: false, error: 'Calendar not found.' };

  try {
    const from = new Date(now.getTime() - 86_400_000);
    const to = new Date(now.getTime() + SYNC_DAYS_AHEAD * 86_400_000);
    let intervals: Array<{ uid: string; startAt: Date; endAt: Date }>;
    let warning: string | null = null;
    if (calendar.google) {
      // A connected Google Calendar: its busy times come from the freebusy API, not a feed.
      intervals = await googleBusyTimes(options.google === undefined ? googleSettings() : options.google, calendar.google, { from, to });
    } else {
      const text = await fetchFeed(calendar.url);
      // Floating times are read in the owner's zone: the business's, or the unit's listing's.
      const zone = calendar.staff?.vendor.timeZone ?? calendar.unit?.listing.timeZone ?? calendar.unit!.listing.vendor.timeZone;
      const result = await readBusyTimes(text, { from, to, zone });
      intervals = result.intervals;
      warning = importWarning(result);
    }
    const stored = await db.$transaction(async (tx) => {
      // One sync of a calendar at a time: a second one waits here, then replaces what this one wrote.
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "ExternalCalendar" WHERE "id" = ${calendar.id}::uuid FOR UPDATE`;
      if (locked.length === 0) return false; // removed meanwhile: its busy times went with it
      await tx.externalBusyBlock.deleteMany({ where: { calendarId: calendar.id } });
      await tx.externalBusyBlock.createMany({
        data: intervals.map((i) => ({ calendarId: calendar.id, staffId: calendar.staffId, unitId: calendar.unitId, uid: i.uid, startAt: i.startAt, endAt: i.endAt })),
      });
      await tx.externalCalendar.update({ where: { id: calendar.id }, data: { lastSyncedAt: now, lastError: null, lastWarning: warning } });
      return true;
    }, { timeout: 30_000 });
    if (!stored) return { calendarId, ok: false, error: 'Calendar not found.' };
    return { calendarId, ok: true, busyTimes: intervals.length, warning };
  } catch (error) {
    const message = shortMessage(error);
    await db.externalCalendar.updateMany({ where: { id: calendar.id }, data: { lastError: message } });
    return { calendarId, ok: false, error: message };
  }
}

/** "Sync now" from the dashboard: any member of the business may sync its staff members' and units' calendars. */
export async function syncOwnExternalCalendar(db: Db, actor: MemberActor, input: { calendarId: string }, options: SyncOptions = {}): Promise<SyncResult> {
  const calendar = await db.externalCalendar.findFirst({ where: { id: input.calendarId, ...ownCalendarWhere(actor.vendorId) }, select: { id: true } });
  if (!calendar) throw new NotFound('Calendar not found.');
  await consumeRateLimit(db, `calendar-sync:${calendar.id}`, { limit: 10, windowSeconds: 600 }); // each sync fetches a remote feed
  return syncExternalCalendar(db, calendar.id, options);
}

export type SyncDueResult = { due: number; synced: number; failed: number };

/**
 * Syncs calendars (of active staff and units) not synced in the last 15 minutes, a few at a time: never
 * synced first, then the oldest; calendars whose last sync failed come after the healthy ones so a
 * broken feed cannot crowd them out. Stops starting new syncs after `budgetMs`.
 */
export async function syncDueCalendars(
  db: Db,
  options: SyncOptions & { limit?: number; concurrency?: number; budgetMs?: number } = {},
): Promise<SyncDueResult> {
  const now = options.now ?? new Date();
  const { limit = 25, concurrency = 4, budgetMs = 40_000 } = options;
  const started = Date.now();
  const due = await db.externalCalendar.findMany({
    where: {
      AND: [
        { OR: [{ staff: { active: true } }, { unit: { active: true } }] },
        { OR: [{ lastSyncedAt: null }, { lastSyncedAt: { lt: new Date(now.getTime() - SYNC_EVERY_MS) } }] },
      ],
    },
    orderBy: [{ lastError: { sort: 'asc', nulls: 'first' } }, { lastSyncedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  const queue = due.map((c) => c.id);
  let synced = 0;
  let failed = 0;
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      if (Date.now() - started > budgetMs) return;
      const result = await syncExternalCalendar(db, id, options);
      if (result.ok) synced += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  return { due: due.length, synced, failed };
}
