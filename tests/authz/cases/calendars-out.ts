import type { MatrixCase, World } from '../matrix';

// Calendars out: a booking's "Add to calendar" file is its own customer's only.

const confirmedBookingOfCustomer = async (w: World) => {
  const listing = await w.rentalListing(w.vendorA.id);
  const booking = await w.booking(listing.id, 'CONFIRMED');
  await w.db.booking.update({ where: { id: booking.id }, data: { customerId: w.users.customer.id } });
  return booking;
};

export const cases: MatrixCase[] = [
  {
    route: 'app/account/bookings/[id]/calendar.ics/route.ts',
    method: 'GET',
    allow: ['customer'],
    request: async (w) => {
      const booking = await confirmedBookingOfCustomer(w);
      return { request: new Request(`http://localhost/account/bookings/${booking.id}/calendar.ics`), params: { id: booking.id } };
    },
  },
];

const FEEDS = 'lib/actions/business/calendar-feeds.ts';
const staffOfA = (w: World) => w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Feed ${w.unique()}` } });
const unitOfA = async (w: World) => (await w.rentalListing(w.vendorA.id)).units[0]!;

// Subscription feeds: any member of A may make or turn off the links of A's staff and units; another
// business's owner gets "not found". The business-wide feed is always the caller's own business.
cases.push(
  { module: FEEDS, action: 'issueCalendarFeedAction', label: 'staff of A', allow: ['ownerA', 'staffA'], input: async (w) => ({ scope: 'staff', staffId: (await staffOfA(w)).id }) },
  { module: FEEDS, action: 'issueCalendarFeedAction', label: 'unit of A', allow: ['ownerA', 'staffA'], input: async (w) => ({ scope: 'unit', unitId: (await unitOfA(w)).id }) },
  { module: FEEDS, action: 'issueCalendarFeedAction', label: 'own business', allow: ['ownerA', 'staffA', 'ownerB'], input: async () => ({ scope: 'business' }) },
  { module: FEEDS, action: 'revokeCalendarFeedAction', label: 'staff of A', allow: ['ownerA', 'staffA'], input: async (w) => ({ scope: 'staff', staffId: (await staffOfA(w)).id }) },
  { module: FEEDS, action: 'revokeCalendarFeedAction', label: 'unit of A', allow: ['ownerA', 'staffA'], input: async (w) => ({ scope: 'unit', unitId: (await unitOfA(w)).id }) },
);

// A unit's external calendar: members of A add it to A's units; "sync now" and remove go by calendar id (staff actions).
cases.push(
  {
    module: 'lib/actions/business/unit-calendars.ts',
    action: 'addUnitExternalCalendarAction',
    allow: ['ownerA', 'staffA'],
    input: async (w) => ({ unitId: (await unitOfA(w)).id, name: 'Other platform', url: `https://calendar.example.com/${w.unique()}.ics` }),
  },
  {
    module: 'lib/actions/business/staff.ts',
    action: 'syncExternalCalendarAction',
    label: 'unit calendar of A',
    allow: ['ownerA', 'staffA'],
    input: async (w) => ({ calendarId: (await w.db.externalCalendar.create({ data: { unitId: (await unitOfA(w)).id, name: 'Boat', url: `https://192.0.2.1/${w.unique()}.ics` } })).id }),
  },
  {
    module: 'lib/actions/business/staff.ts',
    action: 'removeExternalCalendarAction',
    label: 'unit calendar of A',
    allow: ['ownerA', 'staffA'],
    input: async (w) => ({ calendarId: (await w.db.externalCalendar.create({ data: { unitId: (await unitOfA(w)).id, name: 'Boat', url: `https://192.0.2.1/${w.unique()}.ics` } })).id }),
  },
);
