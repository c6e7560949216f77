import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/cron/sync-calendars/route';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenVendor } from '../support/scenario';

// The route handler itself, called as Next.js calls it, against a real database. The calendar's
// address is on a reserved network, so the (production) fetch refuses it without going online.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the app's prisma client connects lazily, on first use
  process.env.CRON_SECRET = 'test-cron-secret';
});

const call = (authorization?: string) => GET(new Request('http://localhost/api/cron/sync-calendars', { headers: authorization ? { authorization } : {} }));

describe('GET /api/cron/sync-calendars', () => {
  it('refuses callers without the CRON_SECRET bearer token and syncs nothing', async () => {
    const { staff } = await givenVendor(t.db).withAppointment();
    const calendar = await t.db.externalCalendar.create({ data: { staffId: staff[0]!.id, name: 'Work', url: 'https://192.0.2.10/refused.ics' } });
    for (const header of [undefined, 'Bearer wrong', 'test-cron-secret', 'Bearer test-cron-secret-and-more']) {
      const response = await call(header);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    }
    expect((await t.db.externalCalendar.findUniqueOrThrow({ where: { id: calendar.id } })).lastError).toBeNull();
  });

  it('syncs the due calendars and says how it went', async () => {
    const response = await call('Bearer test-cron-secret');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ due: 1, synced: 0, failed: 1 });
    const calendar = await t.db.externalCalendar.findFirstOrThrow();
    expect(calendar).toMatchObject({ lastSyncedAt: null, lastError: 'This address points to a private network' });
  });
});
