import { beforeAll, describe, expect, it } from 'vitest';
import { appointmentSlotsBetween } from '@/lib/availability-queries/listing-availability';
import { requestBooking } from '@/lib/booking/request-booking';
import { createRecurringSessions, createSession, updateSession } from '@/lib/business/sessions';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { SlotUnavailable } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact } from '../support/scenario';

// Seed coaching: a coach's workshops and 1:1 sessions share one calendar. A session with a host
// takes its time (plus the workshop's buffers) from the host's 1:1 slots, and a session is refused
// over the host's appointments and time off — in the same locked transaction as a booking.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});
const guest = { kind: 'guest' } as const;

/** A coach (Alex, 09:00–17:00 weekdays, London) with a 60-minute 1:1 and a workshop with 15-minute buffers. */
async function givenCoach() {
  const vendor = givenVendor(t.db);
  const oneToOne = await vendor.withAppointment({ durationMinutes: 60 });
  const workshop = await vendor.withSession({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15 });
  const owner = oneToOne.actor as MemberActor;
  return { owner, coach: oneToOne.staff[0]!, oneToOne: oneToOne.listing, workshop: workshop.listing };
}

const bookOneToOne = (db: Db, listingId: string, startAt: Date) => requestBooking(db, { listingId, startAt, contact: guestContact }, guest, { now: NOW });
const slotTimes = async (listingId: string, date: `${number}-${number}-${number}`) =>
  (await appointmentSlotsBetween(t.db, listingId, date, date, { now: NOW })).slots.map((s) => s.startAt.toISOString().slice(11, 16));

describe('a session with a host', () => {
  it('removes the host’s 1:1 slots for its time and buffers, and the booking transaction refuses them too', async () => {
    const { owner, coach, oneToOne, workshop } = await givenCoach();
    expect(await slotTimes(oneToOne.id, '2031-01-08')).toContain('10:00');
    const session = await createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-08', time: '10:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
    expect(session.hostStaffId).toBe(coach.id);

    // Busy 09:45–11:15: a 60-minute 1:1 can end by 09:45 or start at 11:30 (30-minute grid).
    const slots = await slotTimes(oneToOne.id, '2031-01-08');
    expect(slots).not.toContain('09:00');
    expect(slots).not.toContain('10:30');
    expect(slots).not.toContain('11:00');
    expect(slots).toContain('11:30');
    expect(slots).not.toContain('09:30');
    await expect(bookOneToOne(t.db, oneToOne.id, at('2031-01-08T11:00:00Z'))).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(bookOneToOne(t.db, oneToOne.id, at('2031-01-08T09:00:00Z'))).rejects.toBeInstanceOf(SlotUnavailable);
    await expect(bookOneToOne(t.db, oneToOne.id, at('2031-01-08T11:30:00Z'))).resolves.toMatchObject({ status: 'CONFIRMED' });
  });

  it('does nothing to 1:1 slots without a host, and a cancelled hosted session frees them', async () => {
    const { owner, coach, oneToOne, workshop } = await givenCoach();
    await createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-09', time: '10:00', durationMinutes: 60, capacity: 8 }, NOW);
    expect(await slotTimes(oneToOne.id, '2031-01-09')).toContain('10:00');
    const hosted = await createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-09', time: '14:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
    expect(await slotTimes(oneToOne.id, '2031-01-09')).not.toContain('14:00');
    await t.db.listingSession.update({ where: { id: hosted.id }, data: { status: 'CANCELLED' } });
    expect(await slotTimes(oneToOne.id, '2031-01-09')).toContain('14:00');
  });

  it('is refused over the host’s appointment, time off or another session they host, with a clear 409', async () => {
    const { owner, coach, oneToOne, workshop } = await givenCoach();
    await bookOneToOne(t.db, oneToOne.id, at('2031-01-08T14:00:00Z'));
    const overAppointment = createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-08', time: '15:10', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
    await expect(overAppointment).rejects.toBeInstanceOf(SlotUnavailable); // the buffer before (14:55) meets the 1:1 (until 15:00)
    await expect(overAppointment).rejects.toThrow(/Alex is not free then: they have an appointment/);

    await t.db.staffTimeOff.create({ data: { staffId: coach.id, startAt: at('2031-01-10T10:00:00Z'), endAt: at('2031-01-10T12:00:00Z'), reason: 'Dentist' } });
    await expect(createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-10', time: '11:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW)).rejects.toThrow(/time off/);
    // Without a host it is only a session: nothing to check.
    await expect(createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-10', time: '11:00', durationMinutes: 60, capacity: 8 }, NOW)).resolves.toBeTruthy();

    const first = await createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-13', time: '10:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
    await expect(createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-13', time: '11:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW)).rejects.toThrow(/another session/);
    // Moving a hosted session onto the appointment, or giving an unhosted one the busy host, is refused too.
    await expect(updateSession(t.db, owner, { sessionId: first.id, date: '2031-01-08', time: '14:30' }, NOW)).rejects.toBeInstanceOf(SlotUnavailable);
    const unhosted = await createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-08', time: '14:00', durationMinutes: 30, capacity: 8 }, NOW);
    await expect(updateSession(t.db, owner, { sessionId: unhosted.id, hostStaffId: coach.id }, NOW)).rejects.toBeInstanceOf(SlotUnavailable);
    // A session moved within its own time does not conflict with itself.
    await expect(updateSession(t.db, owner, { sessionId: first.id, time: '10:15' }, NOW)).resolves.toMatchObject({ hostStaffId: coach.id });
    await expect(updateSession(t.db, owner, { sessionId: first.id, hostStaffId: null }, NOW)).resolves.toMatchObject({ hostStaffId: null });
  });

  it('a weekly series leaves out the dates its host is busy', async () => {
    const { owner, coach, oneToOne, workshop } = await givenCoach();
    await bookOneToOne(t.db, oneToOne.id, at('2031-01-21T10:00:00Z')); // the Tuesday of week 3
    const result = await createRecurringSessions(t.db, owner, { listingId: workshop.id, startDate: '2031-01-07', weekdays: [2], weeks: 4, time: '10:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
    expect(result).toEqual({ created: 3, skipped: 1, hostBusy: 1 });
  });

  it('refuses a host from another business', async () => {
    const { owner, workshop } = await givenCoach();
    const other = await givenCoach();
    await expect(createSession(t.db, owner, { listingId: workshop.id, date: '2031-01-08', time: '10:00', durationMinutes: 60, capacity: 8, hostStaffId: other.coach.id }, NOW)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('a 1:1 booking and a hosted session racing for the same hour (real parallel connections)', () => {
  it('exactly one wins, every time', async () => {
    const { owner, coach, oneToOne, workshop } = await givenCoach();
    const a = t.newClient(4);
    const b = t.newClient(4);
    const days = ['2031-01-14', '2031-01-15', '2031-01-16', '2031-01-17', '2031-01-20', '2031-01-21', '2031-01-22', '2031-01-23'] as const;
    for (const [i, date] of days.entries()) {
      const booking = () => bookOneToOne(a, oneToOne.id, at(`${date}T10:00:00Z`));
      const session = () => createSession(b, owner, { listingId: workshop.id, date, time: '10:00', durationMinutes: 60, capacity: 8, hostStaffId: coach.id }, NOW);
      // Alternate who starts first, so either side can win.
      const results = await Promise.allSettled(i % 2 ? [session(), booking()] : [booking(), session()]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(SlotUnavailable);
      const from = at(`${date}T00:00:00Z`);
      const to = at(`${date}T23:59:00Z`);
      const bookings = await t.db.booking.count({ where: { listingId: oneToOne.id, startAt: { gte: from, lt: to } } });
      const sessions = await t.db.listingSession.count({ where: { hostStaffId: coach.id, startAt: { gte: from, lt: to } } });
      expect(bookings + sessions).toBe(1);
    }
  });
});
