import { beforeAll, describe, expect, it } from 'vitest';
import {
  addAvailabilityException,
  addTimeOff,
  createStaffMember,
  removeAvailabilityException,
  removeTimeOff,
  setStaffServices,
  setWeeklyRules,
  updateStaffMember,
} from '@/lib/vendor/staff';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenListing, givenVendor } from './vendor-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('staff', () => {
  it('adds and edits a staff member and the services they give', async () => {
    const { owner } = await givenVendor(t.db);
    const cut = await givenListing(t.db, owner, 'APPOINTMENT');
    const colour = await givenListing(t.db, owner, 'APPOINTMENT');
    const tour = await givenListing(t.db, owner, 'SESSION');
    const sam = await createStaffMember(t.db, owner, { name: 'Sam', email: 'sam@example.com', bio: '', active: true });
    await updateStaffMember(t.db, owner, { staffId: sam.id, name: 'Sam Stylist', bio: 'Colour expert', active: true });
    expect(await t.db.staffMember.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({ name: 'Sam Stylist', email: null, bio: 'Colour expert' });

    await setStaffServices(t.db, owner, { staffId: sam.id, listingIds: [cut.id, colour.id] });
    await setStaffServices(t.db, owner, { staffId: sam.id, listingIds: [colour.id] });
    expect(await t.db.staffService.findMany({ where: { staffId: sam.id }, select: { listingId: true } })).toEqual([{ listingId: colour.id }]);
    await expect(setStaffServices(t.db, owner, { staffId: sam.id, listingIds: [tour.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('replaces weekly hours and refuses overlaps', async () => {
    const { owner } = await givenVendor(t.db);
    const sam = await createStaffMember(t.db, owner, { name: 'Sam', bio: '', active: true });
    await setWeeklyRules(t.db, owner, { staffId: sam.id, rules: [{ weekday: 2, start: '09:00', end: '12:00' }, { weekday: 2, start: '13:00', end: '17:30' }] });
    await setWeeklyRules(t.db, owner, { staffId: sam.id, rules: [{ weekday: 4, start: '10:00', end: '24:00' }] });
    expect(await t.db.availabilityRule.findMany({ where: { staffId: sam.id }, select: { weekday: true, startMinute: true, endMinute: true } })).toEqual([
      { weekday: 4, startMinute: 600, endMinute: 1440 },
    ]);
    await expect(
      setWeeklyRules(t.db, owner, { staffId: sam.id, rules: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '11:00', end: '15:00' }] }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await t.db.availabilityRule.count({ where: { staffId: sam.id } })).toBe(1);
  });

  it('records exceptions and whole days off in the vendor zone', async () => {
    const { owner } = await givenVendor(t.db, { timeZone: 'Asia/Bangkok' });
    const sam = await createStaffMember(t.db, owner, { name: 'Sam', bio: '', active: true });
    const closed = await addAvailabilityException(t.db, owner, { staffId: sam.id, date: '2026-12-25', available: false, reason: 'Christmas' });
    expect(closed).toMatchObject({ available: false, startMinute: null, endMinute: null });
    const extra = await addAvailabilityException(t.db, owner, { staffId: sam.id, date: '2026-12-27', available: true, start: '10:00', end: '14:00' });
    expect(extra).toMatchObject({ available: true, startMinute: 600, endMinute: 840 });
    await expect(addAvailabilityException(t.db, owner, { staffId: sam.id, date: '2026-12-28', available: true })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const off = await addTimeOff(t.db, owner, { staffId: sam.id, startDate: '2026-08-01', endDate: '2026-08-03' });
    expect(off.startAt.toISOString()).toBe('2026-07-31T17:00:00.000Z');
    expect(off.endAt.toISOString()).toBe('2026-08-03T17:00:00.000Z');
    await removeTimeOff(t.db, owner, { timeOffId: off.id });
    await removeAvailabilityException(t.db, owner, { exceptionId: closed.id });
    expect(await t.db.staffTimeOff.count({ where: { staffId: sam.id } })).toBe(0);
  });

  it('never lets another vendor see or change a staff member', async () => {
    const a = await givenVendor(t.db);
    const b = await givenVendor(t.db);
    const sam = await createStaffMember(t.db, a.owner, { name: 'Sam', bio: '', active: true });
    const off = await addTimeOff(t.db, a.owner, { staffId: sam.id, startDate: '2026-08-01', endDate: '2026-08-01' });
    const bService = await givenListing(t.db, b.owner, 'APPOINTMENT');
    await expect(updateStaffMember(t.db, b.owner, { staffId: sam.id, name: 'X', bio: '', active: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setWeeklyRules(t.db, b.owner, { staffId: sam.id, rules: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setStaffServices(t.db, b.owner, { staffId: sam.id, listingIds: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addTimeOff(t.db, b.owner, { staffId: sam.id, startDate: '2026-08-02', endDate: '2026-08-02' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeTimeOff(t.db, b.owner, { timeOffId: off.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Nor attach another vendor's service to its own staff.
    await expect(setStaffServices(t.db, a.owner, { staffId: sam.id, listingIds: [bService.id] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.staffMember.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({ name: 'Sam', active: true });
  });
});
