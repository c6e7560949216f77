import { beforeAll, describe, expect, it } from 'vitest';
import { setListingStatus } from '@/lib/business/listings';
import { externalCalendarSchema } from '@/lib/business/staff-schemas';
import {
  addAvailabilityException,
  addExternalCalendar,
  addTimeOff,
  createStaffMember,
  removeAvailabilityException,
  removeExternalCalendar,
  removeTimeOff,
  setStaffServices,
  setWeeklyRules,
  updateStaffMember,
} from '@/lib/business/staff';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { givenListing, givenBusiness } from './business-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

describe('staff', () => {
  it('adds and edits a staff member and the services they give', async () => {
    const { owner } = await givenBusiness(t.db);
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
    const { owner } = await givenBusiness(t.db);
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
    const { owner } = await givenBusiness(t.db, { timeZone: 'Asia/Bangkok' });
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
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
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

describe('the last staff member of a published service', () => {
  async function publishedService(names: string[]) {
    const { owner, staff } = await givenBusiness(t.db);
    const service = await givenListing(t.db, owner, 'APPOINTMENT', { title: 'Beard trim' });
    const people = [];
    for (const name of names) {
      const person = await createStaffMember(t.db, owner, { name, bio: '', active: true });
      await setStaffServices(t.db, owner, { staffId: person.id, listingIds: [service.id] });
      people.push(person);
    }
    await setListingStatus(t.db, owner, { listingId: service.id, status: 'PUBLISHED' });
    return { owner, member: staff, service, people };
  }
  const profile = (person: { id: string; name: string }, active: boolean) => ({ staffId: person.id, name: person.name, bio: '', active });

  it('cannot be deactivated or lose the service while the listing is published', async () => {
    const { owner, member, service, people } = await publishedService(['Sam']);
    const [sam] = people as [(typeof people)[number]];
    await expect(updateStaffMember(t.db, member, profile(sam, false))).rejects.toMatchObject({
      code: 'POLICY_VIOLATION',
      message: 'Unpublish Beard trim first or add another staff member.',
    });
    await expect(setStaffServices(t.db, owner, { staffId: sam.id, listingIds: [] })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(await t.db.staffMember.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({ active: true });
    expect(await t.db.staffService.count({ where: { staffId: sam.id } })).toBe(1);
    // Edits that keep them active are fine.
    await updateStaffMember(t.db, owner, { ...profile(sam, true), name: 'Sam B.' });

    await setListingStatus(t.db, owner, { listingId: service.id, status: 'UNPUBLISHED' });
    await setStaffServices(t.db, owner, { staffId: sam.id, listingIds: [] });
    await updateStaffMember(t.db, owner, profile(sam, false));
    expect(await t.db.staffMember.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({ active: false });
  });

  it('can go when another active staff member gives the service, but not both at once', async () => {
    const { owner, people } = await publishedService(['Ana', 'Ben']);
    const [ana, ben] = people as [(typeof people)[number], (typeof people)[number]];
    const results = await Promise.allSettled([updateStaffMember(t.db, owner, profile(ana, false)), updateStaffMember(t.db, owner, profile(ben, false))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await t.db.staffMember.count({ where: { id: { in: [ana.id, ben.id] }, active: true } })).toBe(1);
  });

  it('is counted only among active staff', async () => {
    const { owner, people } = await publishedService(['Cy', 'Di']);
    const [cy, di] = people as [(typeof people)[number], (typeof people)[number]];
    await updateStaffMember(t.db, owner, profile(cy, false));
    await expect(setStaffServices(t.db, owner, { staffId: di.id, listingIds: [] })).rejects.toMatchObject({ code: 'POLICY_VIOLATION' });
  });
});

describe('external calendars', () => {
  const input = (staffId: string, url: string, name = 'Work') => externalCalendarSchema.parse({ staffId, name, url });

  it('adds a public https or webcal address (stored as https), lists and removes it with its busy times', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    const sam = await createStaffMember(t.db, owner, { name: 'Sam', bio: '', active: true });
    const google = await addExternalCalendar(t.db, staff, input(sam.id, 'https://calendar.google.com/calendar/ical/sam/private-abc/basic.ics', 'Google'));
    const apple = await addExternalCalendar(t.db, owner, input(sam.id, 'webcal://p42-caldav.icloud.com/published/2/xyz', 'iCloud'));
    expect(apple.url).toBe('https://p42-caldav.icloud.com/published/2/xyz');
    expect(google).toMatchObject({ lastSyncedAt: null, lastError: null });
    await expect(addExternalCalendar(t.db, owner, input(sam.id, 'webcal://p42-caldav.icloud.com/published/2/xyz', 'Again'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { url: ['This calendar is already added'] },
    });

    await t.db.externalBusyBlock.create({ data: { calendarId: google.id, staffId: sam.id, uid: 'evt-1', startAt: new Date('2031-01-07T10:00:00Z'), endAt: new Date('2031-01-07T11:00:00Z') } });
    await removeExternalCalendar(t.db, staff, { calendarId: google.id });
    expect(await t.db.externalCalendar.findMany({ where: { staffId: sam.id }, select: { name: true } })).toEqual([{ name: 'iCloud' }]);
    expect(await t.db.externalBusyBlock.count({ where: { staffId: sam.id } })).toBe(0);
  });

  it('keeps one calendar when the same address is added twice at once', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    const sam = await createStaffMember(t.db, owner, { name: 'Sam', bio: '', active: true });
    const url = 'https://calendar.example.com/sam.ics';
    const results = await Promise.allSettled([owner, staff].map((actor, i) => addExternalCalendar(t.newClient(2), actor, input(sam.id, url, `Tab ${i}`))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'VALIDATION_FAILED' } });
    expect(await t.db.externalCalendar.count({ where: { staffId: sam.id } })).toBe(1);
  });

  it('refuses private, loopback and non-https addresses in the shared schema', () => {
    const staffId = '00000000-0000-7000-8000-000000000000';
    for (const url of ['http://calendar.example.com/a.ics', 'https://localhost/a.ics', 'https://127.0.0.1/a.ics', 'webcal://192.168.1.2/a.ics', 'https://[::1]/a.ics', 'https://169.254.169.254/latest', 'file:///etc/passwd']) {
      expect(externalCalendarSchema.safeParse({ staffId, name: 'X', url }).success, url).toBe(false);
    }
  });

  it("never lets another vendor add to or remove a staff member's calendars", async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const sam = await createStaffMember(t.db, a.owner, { name: 'Sam', bio: '', active: true });
    const calendar = await addExternalCalendar(t.db, a.owner, input(sam.id, 'https://outlook.office365.com/owa/calendar/x/reachcalendar.ics'));
    await expect(addExternalCalendar(t.db, b.owner, input(sam.id, 'https://evil.example.com/a.ics'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeExternalCalendar(t.db, b.owner, { calendarId: calendar.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.externalCalendar.count({ where: { staffId: sam.id } })).toBe(1);
  });
});
