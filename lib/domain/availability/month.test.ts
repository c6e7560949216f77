import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { appointmentSlots } from './appointments';
import { monthSchedule } from './month';

const zone = 'Europe/London';
const at = (local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const now = at('2025-03-10T12:00');

describe('monthSchedule for rentals', () => {
  const units = [
    { id: 'a', active: true },
    { id: 'b', active: true },
    { id: 'off', active: false },
  ];
  const allocations = [
    { unitId: 'a', startAt: at('2025-03-12T00:00'), endAt: at('2025-03-14T00:00'), status: 'CONFIRMED' as const, holdExpiresAt: null },
    { unitId: 'b', startAt: at('2025-03-13T10:00'), endAt: at('2025-03-13T12:00'), status: 'CONFIRMED' as const, holdExpiresAt: null },
    { unitId: 'b', startAt: at('2025-03-12T00:00'), endAt: at('2025-03-13T00:00'), status: 'AWAITING_PAYMENT' as const, holdExpiresAt: at('2025-03-10T11:00') },
  ];
  // Computed inside each test (not at collection time) so mutation testing sees every call.
  const march = () => monthSchedule({ kind: 'RENTAL', month: '2025-03', timeZone: zone, now, units, allocations, leadTimeMinutes: 0, maxAdvanceDays: 10 });
  const day = (date: string) => march().find((d) => d.date === date)!;

  it('lists every local day of the month', () => {
    const days = march();
    expect(days).toHaveLength(31);
    expect(days[0]?.date).toBe('2025-03-01');
    expect(days[30]?.date).toBe('2025-03-31');
  });

  it('counts units free all day and some of the day', () => {
    expect(day('2025-03-11')).toEqual({ date: '2025-03-11', bookable: true, summary: { unitsFreeAllDay: 2, unitsFreeSomeTime: 2 } });
    expect(day('2025-03-12').summary).toEqual({ unitsFreeAllDay: 1, unitsFreeSomeTime: 1 }); // b's hold has lapsed
    expect(day('2025-03-13').summary).toEqual({ unitsFreeAllDay: 0, unitsFreeSomeTime: 1 });
  });

  it('closes past days and days beyond the advance limit, with nothing free in them', () => {
    const closed = { bookable: false, summary: { unitsFreeAllDay: 0, unitsFreeSomeTime: 0 } };
    expect(day('2025-03-09')).toEqual({ date: '2025-03-09', ...closed });
    expect(day('2025-03-10').bookable).toBe(true); // the afternoon is still ahead
    expect(day('2025-03-20').bookable).toBe(true);
    expect(day('2025-03-21')).toEqual({ date: '2025-03-21', ...closed });
  });

  it('counts a unit booked in one of the day’s opening intervals as free only some of the day', () => {
    const split = { '3': [['09:00', '12:00'], ['13:00', '17:00']] as [string, string][] }; // Wednesdays
    const morning = [{ unitId: 'a', startAt: at('2025-03-12T09:00'), endAt: at('2025-03-12T11:00'), status: 'CONFIRMED' as const, holdExpiresAt: null }];
    const days = monthSchedule({ kind: 'RENTAL', month: '2025-03', timeZone: zone, now, units, allocations: morning, leadTimeMinutes: 0, maxAdvanceDays: 60, openingHours: split });
    expect(days.find((d) => d.date === '2025-03-12')?.summary).toEqual({ unitsFreeAllDay: 1, unitsFreeSomeTime: 2 });
    expect(days.find((d) => d.date === '2025-03-19')?.summary).toEqual({ unitsFreeAllDay: 2, unitsFreeSomeTime: 2 });
  });

  it('follows opening hours', () => {
    const open = { '1': [['09:00', '17:00']] as [string, string][] }; // Mondays only
    const withHours = monthSchedule({ kind: 'RENTAL', month: '2025-03', timeZone: zone, now, units, allocations: [], leadTimeMinutes: 0, maxAdvanceDays: 60, openingHours: open });
    expect(withHours.filter((d) => d.bookable).map((d) => d.date)).toEqual(['2025-03-10', '2025-03-17', '2025-03-24', '2025-03-31']);
    // Closed at 17:00 today with a 6-hour lead time: nothing left today.
    const late = monthSchedule({ kind: 'RENTAL', month: '2025-03', timeZone: zone, now, units, allocations: [], leadTimeMinutes: 360, maxAdvanceDays: 60, openingHours: open });
    expect(late.find((d) => d.date === '2025-03-10')?.bookable).toBe(false);
  });
});

describe('monthSchedule for sessions', () => {
  it('summarises sessions by their local start date', () => {
    const session = (id: string, start: string, capacity: number, seatsTaken: number, status: 'SCHEDULED' | 'CANCELLED' = 'SCHEDULED') => ({
      id,
      startAt: at(start),
      endAt: at(start),
      capacity,
      seatsTaken,
      status,
    });
    const days = monthSchedule({
      kind: 'SESSION',
      month: '2025-03',
      timeZone: zone,
      now,
      leadTimeMinutes: 60,
      sessions: [
        session('m', '2025-03-15T10:00', 10, 4),
        session('a', '2025-03-15T15:00', 8, 8),
        session('x', '2025-03-16T10:00', 8, 0, 'CANCELLED'),
        session('today', '2025-03-10T12:30', 8, 0),
        session('late', '2025-03-31T23:30', 5, 1),
      ],
    });
    const day = (date: string) => days.find((d) => d.date === date)!;
    expect(day('2025-03-15')).toEqual({ date: '2025-03-15', bookable: true, summary: { sessions: 2, bookableSessions: 1, seatsLeft: 6 } });
    expect(day('2025-03-16')).toEqual({ date: '2025-03-16', bookable: false, summary: { sessions: 0, bookableSessions: 0, seatsLeft: 0 } });
    expect(day('2025-03-10').summary).toEqual({ sessions: 1, bookableSessions: 0, seatsLeft: 0 }); // inside the lead time
    expect(day('2025-03-31').summary.seatsLeft).toBe(4); // 23:30 BST is still the 31st locally
  });
});

describe('monthSchedule for appointments', () => {
  it('counts the slots of each local day, in step with appointmentSlots', () => {
    const input = {
      timeZone: zone,
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      slotIntervalMinutes: 30,
      leadTimeMinutes: 120,
      maxAdvanceDays: 14,
      now,
      staff: [
        {
          id: 'ann',
          rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 720 })),
          exceptions: [{ date: '2025-03-12', available: false }],
          timeOff: [],
          busy: [{ startAt: at('2025-03-11T09:00'), endAt: at('2025-03-11T10:00') }],
        },
      ],
    };
    const days = monthSchedule({ kind: 'APPOINTMENT', month: '2025-03', ...input });
    const day = (date: string) => days.find((d) => d.date === date)!;
    // 09:00..12:00 with 60 + 15 minutes held: starts 09:00, 09:30, 10:00, 10:30.
    expect(day('2025-03-10').summary.freeSlots).toBe(0); // 12:00 now + 2 h lead
    expect(day('2025-03-11').summary.freeSlots).toBe(2); // 10:00 and 10:30
    expect(day('2025-03-12').bookable).toBe(false); // day off
    expect(day('2025-03-13')).toEqual({ date: '2025-03-13', bookable: true, summary: { freeSlots: 4 } });
    expect(day('2025-03-15').bookable).toBe(false); // Saturday
    expect(day('2025-03-25').bookable).toBe(false); // beyond 14 days
    const all = appointmentSlots({ ...input, fromDate: '2025-03-01', toDate: '2025-03-31' });
    expect(days.reduce((sum, d) => sum + d.summary.freeSlots, 0)).toBe(all.length);
  });
});
