import { beforeAll, describe, expect, it } from 'vitest';
import { setListingStatus } from '@/lib/business/listings';
import { requestBooking } from '@/lib/booking/request-booking';
import { cancelSession, createRecurringSessions, createSession, updateSession } from '@/lib/business/sessions';
import { addUnit, removeUnit, updateUnit } from '@/lib/business/units';
import { aBookingWithAllocation } from '../support/fixtures';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { givenListing, givenBusiness } from './business-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
const now = new Date('2026-03-01T00:00:00Z');

describe('rental units', () => {
  it('adds and edits units with codes unique per listing', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    const listing = await givenListing(t.db, owner, 'RENTAL');
    const unit = await addUnit(t.db, staff, { listingId: listing.id, code: 'PLATE-1', name: 'White Yaris', active: true });
    await expect(addUnit(t.db, owner, { listingId: listing.id, code: 'PLATE-1', active: true })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { code: [expect.any(String)] } });
    const edited = await updateUnit(t.db, owner, { unitId: unit.id, code: 'PLATE-9', active: false });
    expect(edited).toMatchObject({ code: 'PLATE-9', name: null, active: false });
  });

  it('only on rentals, and not the last active unit of a published listing', async () => {
    const { owner } = await givenBusiness(t.db);
    const tour = await givenListing(t.db, owner, 'SESSION');
    await expect(addUnit(t.db, owner, { listingId: tour.id, code: 'X', active: true })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    const rental = await givenListing(t.db, owner, 'RENTAL');
    const unit = await addUnit(t.db, owner, { listingId: rental.id, code: 'A', active: true });
    await setListingStatus(t.db, owner, { listingId: rental.id, status: 'PUBLISHED' });
    await expect(updateUnit(t.db, owner, { unitId: unit.id, code: 'A', active: false })).rejects.toThrow(/last active unit/);
    expect((await t.db.rentalUnit.findUniqueOrThrow({ where: { id: unit.id } })).active).toBe(true);
  });

  it('two last units deactivated at once: one wins, the published listing keeps an active unit', async () => {
    const clients = [t.newClient(1), t.newClient(1)];
    await Promise.all(clients.map((client) => client.$queryRaw`SELECT 1`)); // connected before the race starts
    for (let round = 0; round < 20; round += 1) {
      const { listing, units, actor } = await givenVendor(t.db).withRental({ units: 2 });
      const results = await Promise.allSettled(units.map((unit, i) => updateUnit(clients[i]!, actor as never, { unitId: unit.id, code: unit.code, active: false })));
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await t.db.rentalUnit.count({ where: { listingId: listing.id, active: true } })).toBe(1);
    }
  });

  it('never lets another vendor add to or edit a unit', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const listing = await givenListing(t.db, a.owner, 'RENTAL');
    const unit = await addUnit(t.db, a.owner, { listingId: listing.id, code: 'A', active: true });
    await expect(addUnit(t.db, b.owner, { listingId: listing.id, code: 'B', active: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateUnit(t.db, b.staff, { unitId: unit.id, code: 'STOLEN', active: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.rentalUnit.findMany({ where: { listingId: listing.id }, select: { code: true, active: true } })).toEqual([{ code: 'A', active: true }]);
  });
});

describe('deleting a unit', () => {
  it('deletes a unit never booked; one with bookings is kept and the business is told to deactivate it', async () => {
    const { listing, units, actor } = await givenVendor(t.db).withRental({ units: 2 });
    const [booked, spare] = units as [(typeof units)[0], (typeof units)[0]];
    await aBookingWithAllocation(t.db, listing, { startAt: at('2031-01-13T10:00:00Z'), endAt: at('2031-01-13T12:00:00Z'), target: { unitId: booked.id } });
    await expect(removeUnit(t.db, actor as never, { unitId: booked.id })).rejects.toThrow(/Deactivate it instead/);
    expect((await removeUnit(t.db, actor as never, { unitId: spare.id })).id).toBe(spare.id);
    expect(await t.db.rentalUnit.findMany({ where: { listingId: listing.id }, select: { id: true } })).toEqual([{ id: booked.id }]);
  });

  it('keeps the last active unit of a published listing, and another vendor’s units', async () => {
    const { listing, units, actor } = await givenVendor(t.db).withRental({ units: 1 });
    const other = await givenVendor(t.db).ready;
    await expect(removeUnit(t.db, other.actor as never, { unitId: units[0]!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeUnit(t.db, actor as never, { unitId: units[0]!.id })).rejects.toThrow(/last active unit/);
    expect(await t.db.rentalUnit.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it('races a booking for the same unit: either the booking wins and the unit stays, or the unit goes and the booking takes another', async () => {
    for (let round = 0; round < 6; round += 1) {
      const { listing, units, actor } = await givenVendor(t.db).withRental({ units: 2 });
      const start = hoursAfter(NOW, 24 * (round + 3));
      const [booking, removal] = await Promise.allSettled([
        requestBooking(t.newClient(1), { listingId: listing.id, startAt: start, endAt: hoursAfter(start, 2), contact: guestContact }, { kind: 'guest' }, { now: NOW }),
        removeUnit(t.newClient(1), actor as never, { unitId: units[0]!.id }),
      ]);
      expect(booking.status, String((booking as PromiseRejectedResult).reason)).toBe('fulfilled');
      const allocations = await t.db.bookingAllocation.findMany({ where: { booking: { listingId: listing.id } }, select: { unitId: true } });
      expect(allocations).toHaveLength(1);
      const remaining = await t.db.rentalUnit.findMany({ where: { listingId: listing.id }, select: { id: true } });
      if (removal.status === 'fulfilled') {
        expect(remaining).toEqual([{ id: units[1]!.id }]);
        expect(allocations[0]!.unitId).toBe(units[1]!.id);
      } else {
        expect(String(removal.reason)).toMatch(/Deactivate it instead/);
        expect(allocations[0]!.unitId).toBe(units[0]!.id);
        expect(remaining).toHaveLength(2);
      }
    }
  });
});

describe('sessions', () => {
  it('creates a one-off session at a wall-clock time in the vendor zone', async () => {
    const { owner } = await givenBusiness(t.db, { timeZone: 'Europe/Lisbon' });
    const tour = await givenListing(t.db, owner, 'SESSION');
    const session = await createSession(t.db, owner, { listingId: tour.id, date: '2026-07-14', time: '10:00', durationMinutes: 90, capacity: 12 }, now);
    expect(session.startAt.toISOString()).toBe('2026-07-14T09:00:00.000Z'); // Lisbon is UTC+1 in summer
    expect(session.endAt.toISOString()).toBe('2026-07-14T10:30:00.000Z');
    await expect(createSession(t.db, owner, { listingId: tour.id, date: '2026-07-14', time: '10:00', durationMinutes: 60, capacity: 5 }, now)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(createSession(t.db, owner, { listingId: tour.id, date: '2026-02-01', time: '10:00', durationMinutes: 60, capacity: 5 }, now)).rejects.toThrow(/future/);
  });

  it('bulk-creates every Tue/Thu 10:00 for 8 weeks, DST-correct, skipping existing ones', async () => {
    const { owner } = await givenBusiness(t.db, { timeZone: 'Europe/London' });
    const tour = await givenListing(t.db, owner, 'SESSION');
    // 2026-03-10 is a Tuesday; London moves to BST on 29 March.
    await createSession(t.db, owner, { listingId: tour.id, date: '2026-03-12', time: '10:00', durationMinutes: 120, capacity: 8 }, now);
    const input = { listingId: tour.id, startDate: '2026-03-10', weekdays: [2, 4], time: '10:00', durationMinutes: 120, capacity: 8, weeks: 8 };
    expect(await createRecurringSessions(t.db, owner, input, now)).toEqual({ created: 15, skipped: 1, hostBusy: 0 });
    const sessions = await t.db.listingSession.findMany({ where: { listingId: tour.id }, orderBy: { startAt: 'asc' } });
    expect(sessions).toHaveLength(16);
    expect(sessions[0]!.startAt.toISOString()).toBe('2026-03-10T10:00:00.000Z'); // GMT
    expect(sessions.at(-1)!.startAt.toISOString()).toBe('2026-04-30T09:00:00.000Z'); // BST: still 10:00 local
    expect(sessions.every((s) => s.capacity === 8 && s.endAt.getTime() - s.startAt.getTime() === 7_200_000)).toBe(true);
    expect(await createRecurringSessions(t.db, owner, input, now)).toEqual({ created: 0, skipped: 16, hostBusy: 0 });
  });

  it('leaves out times a clock change skips', async () => {
    const { owner } = await givenBusiness(t.db, { timeZone: 'Europe/London' });
    const tour = await givenListing(t.db, owner, 'SESSION');
    // 01:30 on Sunday 29 March 2026 does not exist in London.
    const result = await createRecurringSessions(t.db, owner, { listingId: tour.id, startDate: '2026-03-22', weekdays: [7], time: '01:30', durationMinutes: 60, capacity: 4, weeks: 2 }, now);
    expect(result).toEqual({ created: 1, skipped: 1, hostBusy: 0 });
    await expect(createSession(t.db, owner, { listingId: tour.id, date: '2026-03-29', time: '01:30', durationMinutes: 60, capacity: 4 }, now)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('cancels only an unbooked session, and only its own vendor', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const tour = await givenListing(t.db, a.owner, 'SESSION');
    const empty = await createSession(t.db, a.owner, { listingId: tour.id, date: '2026-06-01', time: '09:00', durationMinutes: 60, capacity: 5 }, now);
    const booked = await createSession(t.db, a.owner, { listingId: tour.id, date: '2026-06-02', time: '09:00', durationMinutes: 60, capacity: 5 }, now);
    await aBookingWithAllocation(t.db, tour, { startAt: booked.startAt, endAt: booked.endAt, target: { sessionId: booked.id, seats: 2 } });
    await expect(cancelSession(t.db, b.owner, { sessionId: empty.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelSession(t.db, a.owner, { sessionId: booked.id })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect((await cancelSession(t.db, a.staff, { sessionId: empty.id })).status).toBe('CANCELLED');
  });

  it('never lets another vendor add sessions to a listing', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const tour = await givenListing(t.db, a.owner, 'SESSION');
    await expect(createSession(t.db, b.owner, { listingId: tour.id, date: '2026-06-01', time: '09:00', durationMinutes: 60, capacity: 5 }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createRecurringSessions(t.db, b.owner, { listingId: tour.id, startDate: '2026-06-01', weekdays: [1], time: '09:00', durationMinutes: 60, capacity: 5, weeks: 2 }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.listingSession.count({ where: { listingId: tour.id } })).toBe(0);
  });

  it('changes capacity, never below the seats taken, and the time only while nobody has booked', async () => {
    const a = await givenBusiness(t.db, { timeZone: 'Europe/Lisbon' });
    const b = await givenBusiness(t.db);
    const tour = await givenListing(t.db, a.owner, 'SESSION');
    const empty = await createSession(t.db, a.owner, { listingId: tour.id, date: '2026-06-01', time: '09:00', durationMinutes: 60, capacity: 5 }, now);
    const booked = await createSession(t.db, a.owner, { listingId: tour.id, date: '2026-06-02', time: '09:00', durationMinutes: 60, capacity: 5 }, now);
    await aBookingWithAllocation(t.db, tour, { startAt: booked.startAt, endAt: booked.endAt, target: { sessionId: booked.id, seats: 3 } });

    const moved = await updateSession(t.db, a.staff, { sessionId: empty.id, time: '10:30', durationMinutes: 90 }, now);
    expect([moved.startAt.toISOString(), moved.endAt.toISOString()]).toEqual(['2026-06-01T09:30:00.000Z', '2026-06-01T11:00:00.000Z']); // Lisbon is UTC+1 in June
    expect((await updateSession(t.db, a.owner, { sessionId: booked.id, capacity: 3 }, now)).capacity).toBe(3);
    await expect(updateSession(t.db, a.owner, { sessionId: booked.id, capacity: 2 }, now)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { capacity: ['At least 3'] } });
    await expect(updateSession(t.db, a.owner, { sessionId: booked.id, date: '2026-06-03' }, now)).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    await expect(updateSession(t.db, a.owner, { sessionId: empty.id, date: '2026-06-02', time: '09:00' }, now)).rejects.toThrow(/already a session at that time/);
    await expect(updateSession(t.db, b.owner, { sessionId: empty.id, capacity: 50 }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const unchanged = await t.db.listingSession.findUniqueOrThrow({ where: { id: booked.id } });
    expect([unchanged.capacity, unchanged.startAt.toISOString()]).toEqual([3, booked.startAt.toISOString()]);
  });
});
