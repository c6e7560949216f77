import type { ActionCase, World } from '../matrix';

// External calendars of vendor A's staff: any member of A may add or remove them; another vendor's
// owner gets "not found", and nobody else gets in.

const STAFF = 'lib/actions/business/staff.ts';

const staffOfA = (w: World) => w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Cal ${w.unique()}` } });

export const cases: ActionCase[] = [
  {
    module: STAFF,
    action: 'addExternalCalendarAction',
    allow: ['ownerA', 'staffA'],
    input: async (w) => ({ staffId: (await staffOfA(w)).id, name: 'Work', url: `webcal://calendar.example.com/${w.unique()}.ics` }),
  },
  {
    module: STAFF,
    action: 'removeExternalCalendarAction',
    allow: ['ownerA', 'staffA'],
    input: async (w) => {
      const staff = await staffOfA(w);
      const calendar = await w.db.externalCalendar.create({ data: { staffId: staff.id, name: 'Work', url: `https://calendar.example.com/${w.unique()}.ics` } });
      return { calendarId: calendar.id };
    },
  },
];
