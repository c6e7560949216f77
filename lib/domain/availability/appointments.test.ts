import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, eachLocalDate, localDateOf, localMinuteOfDay, localTimeExists, localTimeToInstant } from '../time';
import { appointmentSlots, workingMinutes, type AppointmentSlotsInput, type StaffSchedule } from './appointments';

const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toJSDate();
const everyDay = (startMinute: number, endMinute: number) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute, endMinute }));
const staff = (id: string, overrides: Partial<StaffSchedule> = {}): StaffSchedule => ({
  id,
  rules: everyDay(9 * 60, 12 * 60),
  exceptions: [],
  timeOff: [],
  busy: [],
  ...overrides,
});

function slots(overrides: Partial<AppointmentSlotsInput> & { timeZone?: string } = {}) {
  const timeZone = overrides.timeZone ?? 'Asia/Bangkok';
  return appointmentSlots({
    timeZone,
    fromDate: '2025-06-02',
    toDate: '2025-06-02',
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    slotIntervalMinutes: 60,
    leadTimeMinutes: 0,
    maxAdvanceDays: 365,
    now: at('2025-01-01T00:00', timeZone),
    staff: [staff('ann')],
    ...overrides,
  });
}
const localTimes = (list: { startAt: Date }[], zone = 'Asia/Bangkok') =>
  list.map((s) => DateTime.fromJSDate(s.startAt, { zone }).toFormat('yyyy-MM-dd HH:mm'));

describe('working hours', () => {
  it('are rules minus closures plus extra hours', () => {
    const s = {
      rules: [
        { weekday: 1, startMinute: 540, endMinute: 720 },
        { weekday: 1, startMinute: 780, endMinute: 1080 },
      ],
      exceptions: [
        { date: '2025-06-02', available: false, startMinute: 600, endMinute: 660 },
        { date: '2025-06-02', available: true, startMinute: 1080, endMinute: 1200 },
        { date: '2025-06-09', available: false },
        { date: '2025-06-09', available: true, startMinute: 840, endMinute: 900 },
        { date: '2025-06-16', available: true },
      ],
    };
    expect(workingMinutes(s, '2025-06-02')).toEqual([
      { start: 540, end: 600 },
      { start: 660, end: 720 },
      { start: 780, end: 1200 },
    ]);
    expect(workingMinutes(s, '2025-06-09')).toEqual([{ start: 840, end: 900 }]); // closed all day, then extra hours
    expect(workingMinutes(s, '2025-06-16')).toEqual([{ start: 540, end: 720 }, { start: 780, end: 1080 }]);
    expect(workingMinutes(s, '2025-06-03')).toEqual([]); // Tuesday: no rule
  });
});

describe('appointmentSlots', () => {
  it('steps from the start of working hours and fits the service inside them', () => {
    expect(localTimes(slots())).toEqual(['2025-06-02 09:00', '2025-06-02 10:00', '2025-06-02 11:00']);
    expect(slots()[0]?.endAt.getTime()).toBe(at('2025-06-02T10:00', 'Asia/Bangkok').getTime());
    expect(localTimes(slots({ slotIntervalMinutes: 45 }))).toEqual(['2025-06-02 09:00', '2025-06-02 09:45', '2025-06-02 10:30']);
  });

  it('keeps buffers inside working hours too', () => {
    const result = slots({ bufferBeforeMinutes: 15, bufferAfterMinutes: 15, slotIntervalMinutes: 30 });
    expect(localTimes(result)).toEqual(['2025-06-02 09:30', '2025-06-02 10:00', '2025-06-02 10:30']);
  });

  it('avoids busy blocks and time off, buffers included', () => {
    const z = 'Asia/Bangkok';
    const busy = [{ startAt: at('2025-06-02T10:00', z), endAt: at('2025-06-02T10:30', z) }];
    expect(localTimes(slots({ slotIntervalMinutes: 30, staff: [staff('ann', { busy })] }))).toEqual(['2025-06-02 09:00', '2025-06-02 10:30', '2025-06-02 11:00']);
    // A 10-minute buffer after the service makes 09:00 touch the busy block.
    expect(localTimes(slots({ slotIntervalMinutes: 30, bufferAfterMinutes: 10, staff: [staff('ann', { busy })] }))).toEqual(['2025-06-02 10:30']);
    const timeOff = [{ startAt: at('2025-06-02T00:00', z), endAt: at('2025-06-02T11:00', z) }];
    expect(localTimes(slots({ staff: [staff('ann', { timeOff })] }))).toEqual(['2025-06-02 11:00']);
  });

  it('offers any staff: the union, with who can take each slot', () => {
    const z = 'Asia/Bangkok';
    const bob = staff('bob', { rules: everyDay(10 * 60, 13 * 60), busy: [{ startAt: at('2025-06-02T11:00', z), endAt: at('2025-06-02T12:00', z) }] });
    expect(slots({ staff: [staff('ann'), bob] }).map((s) => [localTimes([s])[0], s.staffIds])).toEqual([
      ['2025-06-02 09:00', ['ann']],
      ['2025-06-02 10:00', ['ann', 'bob']],
      ['2025-06-02 11:00', ['ann']],
      ['2025-06-02 12:00', ['bob']],
    ]);
  });

  it('respects lead time and the advance limit', () => {
    const z = 'Asia/Bangkok';
    expect(localTimes(slots({ now: at('2025-06-02T08:30', z), leadTimeMinutes: 60 }))).toEqual(['2025-06-02 10:00', '2025-06-02 11:00']);
    const window = slots({ now: at('2025-06-01T20:00', z), maxAdvanceDays: 2, fromDate: '2025-05-01', toDate: '2025-06-30' });
    expect([...new Set(window.map((s) => localDateOf(s.startAt, z)))]).toEqual(['2025-06-02', '2025-06-03']);
  });

  describe('across DST, a 09:00 rule stays 09:00 local', () => {
    const changes = [
      ['Europe/London', '2025-03-30'],
      ['Europe/London', '2025-10-26'],
      ['America/New_York', '2025-03-09'],
      ['America/New_York', '2025-11-02'],
      ['Australia/Sydney', '2025-04-06'],
      ['Australia/Sydney', '2025-10-05'],
      ['Asia/Bangkok', '2025-03-30'],
    ] as const;
    for (const [zone, date] of changes) {
      it(`${zone} around ${date}`, () => {
        const result = slots({ timeZone: zone, fromDate: addDays(date, -1), toDate: addDays(date, 1), staff: [staff('ann', { rules: everyDay(540, 600) })] });
        expect(localTimes(result, zone)).toEqual([`${addDays(date, -1)} 09:00`, `${date} 09:00`, `${addDays(date, 1)} 09:00`]);
      });
    }
  });

  it('skips wall-clock starts that do not exist on a spring-forward night', () => {
    const zone = 'America/New_York';
    const result = slots({ timeZone: zone, fromDate: '2025-03-09', toDate: '2025-03-09', slotIntervalMinutes: 30, durationMinutes: 30, staff: [staff('ann', { rules: everyDay(60, 240) })] });
    // 01:30 EST + 30 real minutes ends at 03:00 EDT; 02:00 and 02:30 do not exist.
    expect(localTimes(result, zone)).toEqual(['2025-03-09 01:00', '2025-03-09 01:30', '2025-03-09 03:00', '2025-03-09 03:30']);
  });

  it('steps by wall-clock time on a fall-back night, offering the repeated hour once', () => {
    const zone = 'America/New_York';
    const result = slots({ timeZone: zone, fromDate: '2025-11-02', toDate: '2025-11-02', slotIntervalMinutes: 60, durationMinutes: 60, staff: [staff('ann', { rules: everyDay(60, 180) })] });
    // 01:00–03:00 local lasts three real hours this night; the steps are 01:00 EDT and 02:00 EST.
    expect(result.map((s) => s.startAt.toISOString())).toEqual(['2025-11-02T05:00:00.000Z', '2025-11-02T07:00:00.000Z']);
  });
});

describe('appointmentSlots properties', () => {
  const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Bangkok'] as const;
  const aroundChanges = ['2025-03-08', '2025-03-29', '2025-04-05', '2025-06-10', '2025-10-04', '2025-10-25', '2025-11-01'];

  const rule = fc.record({
    weekday: fc.integer({ min: 1, max: 7 }),
    startMinute: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
    length: fc.integer({ min: 1, max: 48 }).map((q) => q * 15),
  });
  const exception = (dates: string[]) =>
    fc.record({
      date: fc.constantFrom(...dates),
      available: fc.boolean(),
      minutes: fc.option(fc.tuple(fc.integer({ min: 0, max: 1380 }), fc.integer({ min: 15, max: 600 })), { nil: null }),
    });
  const block = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 15, max: 600 }));

  const scenario = fc
    .record({
      zone: fc.constantFrom(...zones),
      fromDate: fc.constantFrom(...aroundChanges),
      days: fc.integer({ min: 1, max: 3 }),
      duration: fc.constantFrom(15, 30, 45, 60, 90),
      before: fc.constantFrom(0, 5, 15),
      after: fc.constantFrom(0, 10, 30),
      step: fc.constantFrom(15, 20, 30, 45, 60),
      lead: fc.constantFrom(0, 60, 1440),
      staffCount: fc.integer({ min: 1, max: 3 }),
    })
    .chain((s) => {
      const dates = eachLocalDate(s.fromDate, addDays(s.fromDate, s.days - 1));
      const member = fc.record({
        rules: fc.array(rule, { maxLength: 6 }),
        exceptions: fc.array(exception(dates), { maxLength: 2 }),
        timeOff: fc.array(block, { maxLength: 2 }),
        busy: fc.array(block, { maxLength: 4 }),
      });
      return fc.record({ s: fc.constant(s), dates: fc.constant(dates), members: fc.array(member, { minLength: s.staffCount, maxLength: s.staffCount }) });
    })
    .map(({ s, dates, members }) => {
      // Blocks are placed in 15-minute steps from local midnight before the first date.
      const origin = localTimeToInstant(addDays(s.fromDate, -1), 0, s.zone).getTime();
      const toRange = ([start, length]: [number, number]) => ({ startAt: new Date(origin + start * 900_000), endAt: new Date(origin + start * 900_000 + length * 60_000) });
      const input: AppointmentSlotsInput = {
        timeZone: s.zone,
        fromDate: dates[0]!,
        toDate: dates[dates.length - 1]!,
        durationMinutes: s.duration,
        bufferBeforeMinutes: s.before,
        bufferAfterMinutes: s.after,
        slotIntervalMinutes: s.step,
        leadTimeMinutes: s.lead,
        maxAdvanceDays: 365,
        now: new Date(origin + 12 * 3_600_000),
        staff: members.map((m, k) => ({
          id: `staff-${k}`,
          rules: m.rules.map((r) => ({ weekday: r.weekday, startMinute: r.startMinute, endMinute: Math.min(1440, r.startMinute + r.length) })),
          exceptions: m.exceptions.map((e) => ({
            date: e.date,
            available: e.available,
            startMinute: e.minutes?.[0] ?? null,
            endMinute: e.minutes ? Math.min(1440, e.minutes[0] + e.minutes[1]) : null,
          })),
          timeOff: m.timeOff.map(toRange),
          busy: m.busy.map(toRange),
        })),
      };
      return input;
    });

  it('never overlaps busy time or time off, stays in local working hours on interval steps, and misses nothing', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const zone = input.timeZone;
        const result = appointmentSlots(input);
        const before = input.bufferBeforeMinutes * 60_000;
        const after = input.bufferAfterMinutes * 60_000;
        const earliest = input.now.getTime() + input.leadTimeMinutes * 60_000;

        // Reference model: every existing wall-clock minute of every date, checked independently.
        const expected = new Map<number, string[]>();
        for (const member of input.staff) {
          const blocked = [...member.timeOff, ...member.busy];
          for (const date of eachLocalDate(input.fromDate, input.toDate)) {
            for (const work of workingMinutes(member, date)) {
              const workStart = localTimeToInstant(date, work.start, zone).getTime();
              const workEnd = localTimeToInstant(date, work.end, zone).getTime();
              for (let m = work.start; m < work.end; m++) {
                if ((m - work.start) % input.slotIntervalMinutes !== 0 || !localTimeExists(date, m, zone)) continue;
                const start = localTimeToInstant(date, m, zone).getTime();
                const heldStart = start - before;
                const heldEnd = start + input.durationMinutes * 60_000 + after;
                const free = blocked.every((b) => b.endAt.getTime() <= heldStart || heldEnd <= b.startAt.getTime());
                if (workStart <= heldStart && heldEnd <= workEnd && start >= earliest && free) {
                  expected.set(start, [...(expected.get(start) ?? []), member.id]);
                }
              }
            }
          }
        }
        expect(result.map((s) => [s.startAt.getTime(), s.staffIds])).toEqual([...expected.entries()].sort((a, b) => a[0] - b[0]));

        for (const slot of result) {
          const start = slot.startAt.getTime();
          expect(slot.endAt.getTime() - start).toBe(input.durationMinutes * 60_000);
          const date = localDateOf(slot.startAt, zone);
          const minute = localMinuteOfDay(slot.startAt, zone);
          for (const id of slot.staffIds) {
            const member = input.staff.find((m) => m.id === id)!;
            // Held time (with buffers) overlaps no busy block or time off.
            for (const b of [...member.busy, ...member.timeOff]) {
              expect(b.endAt.getTime() <= start - before || start + input.durationMinutes * 60_000 + after <= b.startAt.getTime()).toBe(true);
            }
            // Within a local working interval of that date, on a wall-clock step from its start.
            const work = workingMinutes(member, date).find((w) => w.start <= minute && minute < w.end);
            expect(work).toBeDefined();
            expect((minute - work!.start) % input.slotIntervalMinutes).toBe(0);
            expect(minute - input.bufferBeforeMinutes).toBeGreaterThanOrEqual(work!.start);
            const heldEnd = start + input.durationMinutes * 60_000 + after;
            expect(heldEnd).toBeLessThanOrEqual(localTimeToInstant(date, work!.end, zone).getTime());
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
