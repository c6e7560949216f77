import type { ActionCase, World } from '../matrix';

const STAFF = 'lib/actions/business/staff.ts';

// "Sync now" for an external calendar of vendor A's staff: any member of A may sync it; another
// vendor's owner gets "not found", and nobody else gets in.
//
// The calendar's address is on a reserved, non-routable network (TEST-NET-1, 192.0.2.0/24), so the
// real (production) fetch refuses it at once without going online and the sync records that as the
// calendar's lastError. "The sync ran" is success: the action returns ok: true with the failed
// result in its data, exactly as a vendor whose feed is down sees it.

const staffOfA = (w: World) => w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Sync ${w.unique()}` } });

export const cases: ActionCase[] = [
  {
    module: STAFF,
    action: 'syncExternalCalendarAction',
    allow: ['ownerA', 'staffA'],
    input: async (w) => {
      const staff = await staffOfA(w);
      const calendar = await w.db.externalCalendar.create({ data: { staffId: staff.id, name: 'Work', url: `https://192.0.2.1/${w.unique()}.ics` } });
      return { calendarId: calendar.id };
    },
  },
];
