import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { isBlocking } from '../booking-status';
import { checkRentalRequest, freeUnits, type RentalRequest, type UnitAllocation } from './rental';

const zone = 'Europe/London';
const at = (local: string, z = zone) => DateTime.fromISO(local, { zone: z }).toJSDate();
const now = at('2025-06-02T08:00');

describe('freeUnits', () => {
  const units = [
    { id: 'a', active: true },
    { id: 'b', active: true },
    { id: 'c', active: false },
  ];
  const booking = (unitId: string, from: string, to: string, status: BookingStatus = 'CONFIRMED', holdExpiresAt: Date | null = null): UnitAllocation => ({
    unitId,
    startAt: at(from),
    endAt: at(to),
    status,
    holdExpiresAt,
  });
  const free = (allocations: UnitAllocation[], from = '2025-06-03T10:00', to = '2025-06-03T12:00') =>
    freeUnits({ units, allocations, startAt: at(from), endAt: at(to), now });

  it('skips inactive units and units with an overlapping blocking booking', () => {
    expect(free([])).toEqual(['a', 'b']);
    expect(free([booking('a', '2025-06-03T11:00', '2025-06-03T13:00')])).toEqual(['b']);
  });

  it('lets back-to-back bookings share a unit', () => {
    expect(free([booking('a', '2025-06-03T08:00', '2025-06-03T10:00'), booking('b', '2025-06-03T12:00', '2025-06-03T14:00')])).toEqual(['a', 'b']);
  });

  it('ignores cancelled bookings and lapsed holds, not live ones', () => {
    expect(free([booking('a', '2025-06-03T09:00', '2025-06-03T13:00', 'CANCELLED')])).toEqual(['a', 'b']);
    expect(free([booking('a', '2025-06-03T09:00', '2025-06-03T13:00', 'AWAITING_PAYMENT', now)])).toEqual(['a', 'b']);
    expect(free([booking('a', '2025-06-03T09:00', '2025-06-03T13:00', 'AWAITING_PAYMENT', at('2025-06-02T08:30'))])).toEqual(['b']);
  });

  it('matches a minute-by-minute brute force', () => {
    const statuses: BookingStatus[] = ['REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED'];
    const base = Date.UTC(2025, 5, 1);
    const minute = 60_000;
    const alloc = fc.record({
      unitId: fc.constantFrom('u1', 'u2', 'u3', 'ghost'),
      start: fc.integer({ min: 0, max: 300 }),
      length: fc.integer({ min: 1, max: 120 }),
      status: fc.constantFrom(...statuses),
      hold: fc.option(fc.integer({ min: -60, max: 60 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(alloc, { maxLength: 12 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 120 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (raw, start, length, active) => {
          const nowAt = new Date(base + 100 * minute);
          const unitList = ['u1', 'u2', 'u3'].map((id, k) => ({ id, active: active[k]! }));
          const allocations = raw.map((r) => ({
            unitId: r.unitId,
            startAt: new Date(base + r.start * minute),
            endAt: new Date(base + (r.start + r.length) * minute),
            status: r.status,
            holdExpiresAt: r.hold === null ? null : new Date(nowAt.getTime() + r.hold * minute),
          }));
          const result = freeUnits({ units: unitList, allocations, startAt: new Date(base + start * minute), endAt: new Date(base + (start + length) * minute), now: nowAt });
          const expected = unitList
            .filter((u) => u.active)
            .filter((u) => {
              for (let m = start; m < start + length; m++) {
                const t = base + m * minute;
                const taken = allocations.some(
                  (a) => a.unitId === u.id && isBlocking(a.status, a.holdExpiresAt, nowAt) && a.startAt.getTime() <= t && t < a.endAt.getTime(),
                );
                if (taken) return false;
              }
              return true;
            })
            .map((u) => u.id);
          expect(result).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('checkRentalRequest', () => {
  const request = (overrides: Partial<RentalRequest>): RentalRequest => ({
    startAt: at('2025-06-03T10:00'),
    endAt: at('2025-06-03T12:00'),
    now,
    pricingUnit: 'HOUR',
    timeZone: zone,
    leadTimeMinutes: 0,
    maxAdvanceDays: 365,
    ...overrides,
  });
  const codes = (overrides: Partial<RentalRequest>) => checkRentalRequest(request(overrides)).map((v) => v.code);

  it('accepts a plain request', () => {
    expect(checkRentalRequest(request({}))).toEqual([]);
  });

  it('rejects an end before the start, alone', () => {
    expect(checkRentalRequest(request({ endAt: at('2025-06-03T10:00') }))).toEqual([
      { code: 'END_NOT_AFTER_START', field: 'endAt', message: 'The return time must be after the pickup time.' },
    ]);
    expect(codes({ startAt: at('2025-06-01T10:00'), endAt: at('2025-06-01T09:00'), minDurationMinutes: 600 })).toEqual(['END_NOT_AFTER_START']);
  });

  it('tells the customer which field is wrong and why', () => {
    expect(checkRentalRequest(request({ startAt: at('2025-06-02T07:00') }))).toEqual([
      { code: 'IN_THE_PAST', field: 'startAt', message: 'The pickup time is in the past.' },
    ]);
    expect(checkRentalRequest(request({ startAt: at('2025-06-02T09:00'), leadTimeMinutes: 120 }))).toEqual([
      { code: 'LEAD_TIME', field: 'startAt', message: 'Book at least 2 hours ahead.' },
    ]);
    expect(checkRentalRequest(request({ startAt: at('2025-06-20T10:00'), endAt: at('2025-06-20T12:00'), maxAdvanceDays: 10 }))).toEqual([
      { code: 'TOO_FAR_AHEAD', field: 'startAt', message: 'Bookings open at most 10 days ahead.' },
    ]);
    expect(checkRentalRequest(request({ minDurationMinutes: 1440 }))).toEqual([
      { code: 'TOO_SHORT', field: 'endAt', message: 'The minimum rental is 1 day.' },
    ]);
    expect(checkRentalRequest(request({ maxDurationMinutes: 61 }))).toEqual([
      { code: 'TOO_LONG', field: 'endAt', message: 'The maximum rental is 1 hour 1 minute.' },
    ]);
  });

  it('takes a pickup exactly now, or exactly at now + lead time', () => {
    expect(codes({ startAt: now })).toEqual([]);
    expect(codes({ startAt: new Date(now.getTime() - 60_000) })).toEqual(['IN_THE_PAST']);
    expect(codes({ startAt: at('2025-06-02T10:00'), leadTimeMinutes: 120 })).toEqual([]);
    expect(codes({ startAt: at('2025-06-02T09:59'), leadTimeMinutes: 120 })).toEqual(['LEAD_TIME']);
  });

  it('reads a missing duration limit the way production passes it (null) or absent', () => {
    // Prisma gives null for an unset column; null must not read as a limit of 0 minutes.
    expect(codes({ minDurationMinutes: null, maxDurationMinutes: null })).toEqual([]);
    expect(codes({ minDurationMinutes: undefined, maxDurationMinutes: undefined })).toEqual([]);
    expect(codes({ minDurationMinutes: 0, maxDurationMinutes: null })).toEqual([]);
  });

  it('checks past, lead time and advance limit', () => {
    expect(codes({ startAt: at('2025-06-02T07:00') })).toEqual(['IN_THE_PAST']);
    expect(codes({ startAt: at('2025-06-02T09:00'), leadTimeMinutes: 120 })).toEqual(['LEAD_TIME']);
    expect(checkRentalRequest(request({ startAt: at('2025-06-02T09:00'), leadTimeMinutes: 120 }))[0]?.message).toBe('Book at least 2 hours ahead.');
    expect(codes({ startAt: at('2025-06-02T10:00'), leadTimeMinutes: 120 })).toEqual([]);
    // maxAdvanceDays counts local dates: today + 10 is the last bookable date.
    expect(codes({ startAt: at('2025-06-12T23:00'), endAt: at('2025-06-13T01:00'), maxAdvanceDays: 10 })).toEqual([]);
    expect(codes({ startAt: at('2025-06-13T00:30'), endAt: at('2025-06-13T01:00'), maxAdvanceDays: 10 })).toEqual(['TOO_FAR_AHEAD']);
  });

  it('checks duration limits in real minutes', () => {
    expect(codes({ minDurationMinutes: 180 })).toEqual(['TOO_SHORT']);
    expect(codes({ maxDurationMinutes: 60 })).toEqual(['TOO_LONG']);
    expect(checkRentalRequest(request({ maxDurationMinutes: 90 }))[0]?.message).toBe('The maximum rental is 1 hour 30 minutes.');
    expect(codes({ minDurationMinutes: 120, maxDurationMinutes: 120 })).toEqual([]);
  });

  const openingHours = { '2': [['09:00', '12:00'], ['13:00', '18:00']] as [string, string][], '3': [['09:00', '18:00']] as [string, string][] };

  it('keeps an HOUR rental inside one opening interval', () => {
    // 2025-06-03 is a Tuesday.
    expect(codes({ openingHours, startAt: at('2025-06-03T09:00'), endAt: at('2025-06-03T12:00') })).toEqual([]);
    expect(checkRentalRequest(request({ openingHours, startAt: at('2025-06-03T11:00'), endAt: at('2025-06-03T14:00') }))).toEqual([
      { code: 'OUTSIDE_OPENING_HOURS', field: 'endAt', message: 'The rental must be within opening hours on one day.' },
    ]);
    expect(codes({ openingHours, startAt: at('2025-06-03T17:00'), endAt: at('2025-06-03T19:00') })).toEqual(['OUTSIDE_OPENING_HOURS']);
    expect(codes({ openingHours, startAt: at('2025-06-05T10:00'), endAt: at('2025-06-05T11:00') })).toEqual(['OUTSIDE_OPENING_HOURS']); // Thursday: closed
  });

  it('checks pickup and return times of day rentals, or treats midnight as whole days', () => {
    const day = { openingHours, pricingUnit: 'DAY' as const };
    expect(codes({ ...day, startAt: at('2025-06-03T09:00'), endAt: at('2025-06-04T18:00') })).toEqual([]);
    expect(checkRentalRequest(request({ ...day, startAt: at('2025-06-03T08:00'), endAt: at('2025-06-04T19:00') }))).toEqual([
      { code: 'OUTSIDE_OPENING_HOURS', field: 'startAt', message: 'Pickup is outside opening hours.' },
      { code: 'OUTSIDE_OPENING_HOURS', field: 'endAt', message: 'Return is outside opening hours.' },
    ]);
    // Pickup and return exactly at opening and closing time are inside.
    expect(codes({ ...day, startAt: at('2025-06-03T13:00'), endAt: at('2025-06-04T18:00') })).toEqual([]);
    expect(codes({ ...day, startAt: at('2025-06-03T12:30'), endAt: at('2025-06-04T10:00') })).toEqual(['OUTSIDE_OPENING_HOURS']); // lunch break
    expect(codes({ ...day, startAt: at('2025-06-03T00:00'), endAt: at('2025-06-06T00:00') })).toEqual([]); // whole days from an open Tuesday
    expect(codes({ ...day, startAt: at('2025-06-05T00:00'), endAt: at('2025-06-06T00:00') })).toEqual(['OUTSIDE_OPENING_HOURS']); // closed Thursday
  });

  it('uses local opening hours on DST days', () => {
    const sunday = { '7': [['09:00', '18:00']] as [string, string][] };
    for (const [z, date] of [
      ['Europe/London', '2025-03-30'],
      ['America/New_York', '2025-03-09'],
      ['Australia/Sydney', '2025-04-06'],
      ['Asia/Bangkok', '2025-03-30'],
    ] as const) {
      const r = { openingHours: sunday, timeZone: z, now: at('2025-01-01T00:00', z) };
      expect(codes({ ...r, startAt: at(`${date}T09:00`, z), endAt: at(`${date}T18:00`, z) }), z).toEqual([]);
      expect(codes({ ...r, startAt: at(`${date}T08:59`, z), endAt: at(`${date}T12:00`, z) }), z).toEqual(['OUTSIDE_OPENING_HOURS']);
    }
  });
});
