import type { ActionCase, World } from '../matrix';

// The vendor dashboard's listings, inventory, staff and booking actions. Members of vendor A may act
// on vendor A's rows; actions that only create rows in the member's own business are open to every
// member of any business (owner B creates in B).

const LISTINGS = 'lib/actions/business/listings.ts';
const STAFF = 'lib/actions/business/staff.ts';
const INVENTORY = 'lib/actions/business/inventory.ts';
const BOOKINGS = 'lib/actions/business/bookings.ts';
const members = ['ownerA', 'staffA'] as const;
const anyMember = ['ownerA', 'staffA', 'ownerB'] as const;

const listingFields = (w: World) => ({
  categoryId: w.categoryId,
  title: 'A rental for the matrix',
  pricingUnit: 'HOUR',
  price: '20',
  bookingMode: 'INSTANT',
  paymentMode: 'NONE',
});

async function sessionListing(w: World) {
  const listing = await w.db.listing.create({
    data: {
      vendorId: w.vendorA.id,
      categoryId: w.categoryId,
      kind: 'SESSION',
      slug: `tour-${w.unique()}`,
      title: 'A tour',
      currency: 'GBP',
      pricingUnit: 'SEAT',
      priceAmount: 1500,
    },
  });
  const startAt = new Date(Date.now() + 30 * 24 * 3_600_000);
  const session = await w.db.listingSession.create({ data: { listingId: listing.id, startAt, endAt: new Date(startAt.getTime() + 3_600_000), capacity: 8 } });
  return { listing, session };
}

const staffOfA = (w: World) => w.db.staffMember.create({ data: { vendorId: w.vendorA.id, name: `Sam ${w.unique()}` } });
const futureDate = (days: number) => new Date(Date.now() + days * 24 * 3_600_000).toISOString().slice(0, 10);

const step = (action: string, status: 'REQUESTED' | 'AWAITING_PAYMENT' | 'CONFIRMED' | 'CHECKED_IN', options: { manual?: boolean } = {}): ActionCase => ({
  module: BOOKINGS,
  action: 'vendorBookingStepAction',
  label: action,
  allow: [...members],
  input: async (w) => {
    const listing = await w.rentalListing(w.vendorA.id, options.manual ? { paymentMode: 'MANUAL' } : {});
    // Check-in opens shortly before the start; the other steps work on any future booking.
    const booking = await w.booking(listing.id, status, { startsInHours: action === 'checkIn' ? 1 : 48 });
    return { bookingId: booking.id, action, reason: 'Matrix check' };
  },
});

export const cases: ActionCase[] = [
  { module: LISTINGS, action: 'createListingAction', allow: [...anyMember], input: async (w) => ({ ...listingFields(w), kind: 'RENTAL', slug: `new-${w.unique()}` }) },
  {
    module: LISTINGS,
    action: 'updateListingAction',
    allow: [...members],
    input: async (w) => ({ ...listingFields(w), listingId: (await w.rentalListing(w.vendorA.id)).id, slug: `renamed-${w.unique()}` }),
  },
  {
    module: LISTINGS,
    action: 'setListingStatusAction',
    label: 'unpublish',
    allow: [...members],
    input: async (w) => ({ listingId: (await w.rentalListing(w.vendorA.id)).id, status: 'UNPUBLISHED' }),
  },
  {
    module: LISTINGS,
    action: 'setListingStatusAction',
    label: 'archive: owners only',
    allow: ['ownerA'],
    input: async (w) => ({ listingId: (await w.rentalListing(w.vendorA.id)).id, status: 'ARCHIVED' }),
  },
  { module: INVENTORY, action: 'addUnitAction', allow: [...members], input: async (w) => ({ listingId: (await w.rentalListing(w.vendorA.id)).id, code: `U-${w.unique()}` }) },
  {
    module: INVENTORY,
    action: 'updateUnitAction',
    allow: [...members],
    input: async (w) => ({ unitId: (await w.rentalListing(w.vendorA.id)).units[0]!.id, code: 'U-renamed', active: true }),
  },
  {
    module: INVENTORY,
    action: 'createSessionAction',
    allow: [...members],
    input: async (w) => ({ listingId: (await sessionListing(w)).listing.id, date: futureDate(40), time: '10:00', durationMinutes: 90, capacity: 12 }),
  },
  {
    module: INVENTORY,
    action: 'createRecurringSessionsAction',
    allow: [...members],
    input: async (w) => ({ listingId: (await sessionListing(w)).listing.id, startDate: futureDate(40), weekdays: [2, 4], weeks: 2, time: '10:00', durationMinutes: 90, capacity: 12 }),
  },
  { module: INVENTORY, action: 'cancelSessionAction', allow: [...members], input: async (w) => ({ sessionId: (await sessionListing(w)).session.id }) },
  { module: STAFF, action: 'createStaffAction', allow: [...anyMember], input: async (w) => ({ name: `New ${w.unique()}` }) },
  { module: STAFF, action: 'updateStaffAction', allow: [...members], input: async (w) => ({ staffId: (await staffOfA(w)).id, name: 'Renamed', active: true }) },
  {
    module: STAFF,
    action: 'setStaffServicesAction',
    allow: [...members],
    input: async (w) => ({ staffId: (await staffOfA(w)).id, listingIds: [] }),
  },
  {
    module: STAFF,
    action: 'setWeeklyRulesAction',
    allow: [...members],
    input: async (w) => ({ staffId: (await staffOfA(w)).id, rules: [{ weekday: 1, start: '09:00', end: '17:00' }] }),
  },
  { module: STAFF, action: 'addExceptionAction', allow: [...members], input: async (w) => ({ staffId: (await staffOfA(w)).id, date: futureDate(20), available: false }) },
  { module: STAFF, action: 'addTimeOffAction', allow: [...members], input: async (w) => ({ staffId: (await staffOfA(w)).id, startDate: futureDate(20), endDate: futureDate(22) }) },
  {
    module: STAFF,
    action: 'removeTimeOffAction',
    allow: [...members],
    input: async (w) => {
      const staff = await staffOfA(w);
      const startAt = new Date(Date.now() + 20 * 24 * 3_600_000);
      const timeOff = await w.db.staffTimeOff.create({ data: { staffId: staff.id, startAt, endAt: new Date(startAt.getTime() + 24 * 3_600_000) } });
      return { timeOffId: timeOff.id };
    },
  },
  {
    module: STAFF,
    action: 'removeExceptionAction',
    allow: [...members],
    input: async (w) => {
      const staff = await staffOfA(w);
      const exception = await w.db.availabilityException.create({ data: { staffId: staff.id, date: new Date(`${futureDate(20)}T00:00:00Z`) } });
      return { exceptionId: exception.id };
    },
  },

  step('approve', 'REQUESTED'),
  step('decline', 'REQUESTED'),
  step('verifyManualPayment', 'AWAITING_PAYMENT', { manual: true }),
  step('checkIn', 'CONFIRMED'),
  step('checkOut', 'CHECKED_IN'),
  step('complete', 'CHECKED_IN'),
  step('cancel', 'CONFIRMED'),
  {
    module: BOOKINGS,
    action: 'vendorRefundAction',
    allow: ['ownerA'], // refunds by hand are owner-only (staff cannot change billing)
    input: async (w) => {
      const listing = await w.rentalListing(w.vendorA.id);
      const booking = await w.booking(listing.id, 'CONFIRMED', { paidAmount: 5000 });
      // The internal note and the customer's message travel separately (issue 17, point 7).
      return { bookingId: booking.id, amount: '10', reason: 'Goodwill', customerMessage: 'Sorry for the wait' };
    },
  },
  {
    module: BOOKINGS,
    action: 'recordBalanceAction',
    allow: [...members],
    input: async (w) => {
      const listing = await w.rentalListing(w.vendorA.id, { paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 500 });
      const booking = await w.booking(listing.id, 'CHECKED_IN', { paidAmount: 500 });
      return { bookingId: booking.id, method: 'CASH' };
    },
  },
  {
    module: BOOKINGS,
    action: 'checkOutWithBalanceDueAction',
    allow: ['ownerA'], // letting a customer leave owing money is an owner's call
    input: async (w) => {
      const listing = await w.rentalListing(w.vendorA.id, { paymentMode: 'ONLINE_DEPOSIT', depositType: 'FIXED', depositValue: 500 });
      const booking = await w.booking(listing.id, 'CHECKED_IN', { paidAmount: 500 });
      return { bookingId: booking.id, reason: 'Pays on Monday' };
    },
  },
];
