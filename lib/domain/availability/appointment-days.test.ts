import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import { appointmentDays } from './appointment-days';
import type { AppointmentSlotsInput, StaffSchedule } from './appointments';

const zone = 'Europe/London';
const at = (local: string) => DateTime.fromISO(local, { zone }).toJSDate();
const weekdays = (startMinute: number, endMinute: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute, endMinute }));
const staff = (overrides: Partial<StaffSchedule> = {}): StaffSchedule => ({ id: 'ben', rules: weekdays(10 * 60, 12 * 60), exceptions: [], timeOff: [], busy: [], ...overrides });

// Monday 2 June 2031 08:00 in London; days run Sunday 1 June to Sunday 8 June.
function days(overrides: Partial<AppointmentSlotsInput> = {}) {
  return appointmentDays({
    timeZone: zone,
    fromDate: '2031-06-01',
    toDate: '2031-06-08',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    slotIntervalMinutes: 60,
    leadTimeMinutes: 0,
    maxAdvanceDays: 365,
    now: at('2031-06-02T08:00'),
    staff: [staff()],
    ...overrides,
  });
}
const reasons = (list: ReturnType<typeof days>) => Object.fromEntries(list.map((d) => [d.date, d.reason ?? d.freeSlots]));

describe('why a day has no appointment slots', () => {
  it('counts free slots per day, and names past days and days nobody works', () => {
    expect(reasons(days())).toEqual({ '2031-06-01': 'past', '2031-06-02': 2, '2031-06-03': 2, '2031-06-04': 2, '2031-06-05': 2, '2031-06-06': 2, '2031-06-07': 'closed', '2031-06-08': 'closed' });
  });

  it('too soon to book (lead time), beyond the booking window, and no staff at all', () => {
    expect(reasons(days({ now: at('2031-06-02T11:30') }))['2031-06-02']).toBe('lead_time');
    expect(reasons(days({ leadTimeMinutes: 24 * 60 * 2 }))['2031-06-03']).toBe('lead_time');
    expect(reasons(days({ maxAdvanceDays: 2 }))['2031-06-05']).toBe('beyond_booking_window');
    expect(reasons(days({ staff: [] }))['2031-06-03']).toBe('no_staff');
  });

  it('time off, a day closed by an exception, and a day fully booked', () => {
    const off = staff({ timeOff: [{ startAt: at('2031-06-03T00:00'), endAt: at('2031-06-04T00:00') }], exceptions: [{ date: '2031-06-05', available: false }], busy: [{ startAt: at('2031-06-06T10:00'), endAt: at('2031-06-06T12:00') }] });
    expect(reasons(days({ staff: [off] }))).toMatchObject({ '2031-06-03': 'time_off', '2031-06-04': 2, '2031-06-05': 'closed', '2031-06-06': 'fully_booked' });
  });

  it('with two staff, a day is only off when everyone working is off', () => {
    const ann = staff({ id: 'ann', timeOff: [{ startAt: at('2031-06-03T00:00'), endAt: at('2031-06-04T00:00') }] });
    const cleo = staff({ id: 'cleo', busy: [{ startAt: at('2031-06-03T10:00'), endAt: at('2031-06-03T12:00') }] });
    expect(reasons(days({ staff: [ann, cleo] }))['2031-06-03']).toBe('fully_booked');
  });

  it('gives a reason exactly when a day has no free slot, for any schedule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 6 * 24 * 60 }), fc.integer({ min: 0, max: 10 }), fc.array(fc.integer({ min: 0, max: 8 * 24 - 1 }), { maxLength: 12 }), (staffCount, leadTimeMinutes, maxAdvanceDays, busyHours) => {
        const people = Array.from({ length: staffCount }, (_, i) =>
          staff({ id: `s${i}`, busy: busyHours.filter((_, j) => j % Math.max(staffCount, 1) === i).map((h) => ({ startAt: at(`${addDays('2031-06-01', Math.floor(h / 24))}T${String(h % 24).padStart(2, '0')}:00`), endAt: at(`${addDays('2031-06-01', Math.floor(h / 24))}T${String(h % 24).padStart(2, '0')}:59`) })) }),
        );
        for (const day of days({ staff: people, leadTimeMinutes, maxAdvanceDays })) {
          expect(day.reason === null).toBe(day.freeSlots > 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
