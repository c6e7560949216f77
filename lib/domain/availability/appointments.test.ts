import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addDays, eachLocalDate, localDateOf, localTimeToInstant } from '../time';
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

  it('run from midnight to midnight (00:00 to 24:00)', () => {
    const s = { rules: [{ weekday: 1, startMinute: 0, endMinute: 120 }, { weekday: 1, startMinute: 1320, endMinute: 1440 }], exceptions: [] };
    expect(workingMinutes(s, '2025-06-02')).toEqual([{ start: 0, end: 120 }, { start: 1320, end: 1440 }]);
  });

  it('ignore rules and extra hours that are not on a clock, instead of failing the whole day', () => {
    const monday = (startMinute: number, endMinute: number) => ({ weekday: 1, startMinute, endMinute });
    const s = {
      rules: [monday(-60, 60), monday(1380, 1500), monday(600.5, 700), monday(540, 600.5), monday(540, 600)],
      exceptions: [
        { date: '2025-06-02', available: true, startMinute: 1300, endMinute: 1441 },
        { date: '2025-06-02', available: true, startMinute: -1, endMinute: 30 },
        { date: '2025-06-02', available: true, startMinute: 720, endMinute: null },
        { date: '2025-06-02', available: true, startMinute: null, endMinute: 800 },
      ],
    };
    expect(workingMinutes(s, '2025-06-02')).toEqual([{ start: 540, end: 600 }]);
  });

  it('close the whole day for a closure without minutes, as the database stores it (null)', () => {
    const rules = everyDay(540, 1020);
    const closure = (startMinute: number | null | undefined, endMinute: number | null | undefined) => ({
      rules,
      exceptions: [{ date: '2025-06-02', available: false, startMinute, endMinute }],
    });
    expect(workingMinutes(closure(null, null), '2025-06-02')).toEqual([]);
    expect(workingMinutes(closure(undefined, undefined), '2025-06-02')).toEqual([]);
    // Half a range is no range: when in doubt, the staff member is off.
    expect(workingMinutes(closure(600, null), '2025-06-02')).toEqual([]);
    expect(workingMinutes(closure(null, 600), '2025-06-02')).toEqual([]);
    expect(workingMinutes(closure(600, 660), '2025-06-02')).toEqual([{ start: 540, end: 600 }, { start: 660, end: 1020 }]);
    expect(workingMinutes(closure(600, 660), '2025-06-03')).toEqual([{ start: 540, end: 1020 }]); // another date
  });

  it('let a whole-day closure win over a partial one, in any order', () => {
    const rules = everyDay(540, 1020);
    const partial = { date: '2025-06-02', available: false, startMinute: 600, endMinute: 660 };
    const wholeDay = { date: '2025-06-02', available: false, startMinute: null, endMinute: null };
    expect(workingMinutes({ rules, exceptions: [partial, wholeDay] }, '2025-06-02')).toEqual([]);
    expect(workingMinutes({ rules, exceptions: [wholeDay, partial] }, '2025-06-02')).toEqual([]);
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

  it('offers a slot starting exactly at now + lead time', () => {
    const z = 'Asia/Bangkok';
    expect(localTimes(slots({ now: at('2025-06-02T09:00', z), leadTimeMinutes: 60 }))).toEqual(['2025-06-02 10:00', '2025-06-02 11:00']);
    expect(localTimes(slots({ now: at('2025-06-02T09:01', z), leadTimeMinutes: 59 }))).toEqual(['2025-06-02 10:00', '2025-06-02 11:00']);
    expect(localTimes(slots({ now: at('2025-06-02T09:01', z), leadTimeMinutes: 60 }))).toEqual(['2025-06-02 11:00']);
  });

  it('offers the last date of the advance window and the requested range only', () => {
    const z = 'Asia/Bangkok';
    const dates = (list: { startAt: Date }[]) => [...new Set(list.map((s) => localDateOf(s.startAt, z)))];
    // Today is 2025-06-01: with 2 days ahead the last bookable date is 2025-06-03.
    expect(dates(slots({ now: at('2025-06-01T20:00', z), maxAdvanceDays: 2, fromDate: '2025-06-03', toDate: '2025-06-05' }))).toEqual(['2025-06-03']);
    expect(dates(slots({ now: at('2025-06-01T20:00', z), maxAdvanceDays: 30, fromDate: '2025-06-03', toDate: '2025-06-04' }))).toEqual(['2025-06-03', '2025-06-04']);
  });

  it('fits the service into hours that end at 24:00', () => {
    const result = slots({ staff: [staff('ann', { rules: everyDay(22 * 60, 24 * 60) })] });
    expect(localTimes(result)).toEqual(['2025-06-02 22:00', '2025-06-02 23:00']);
    expect(result[1]?.endAt.getTime()).toBe(at('2025-06-03T00:00', 'Asia/Bangkok').getTime());
  });

  it('refuses a slot interval or duration that is not positive, rather than looping forever', () => {
    expect(() => slots({ slotIntervalMinutes: 0 })).toThrow(RangeError);
    expect(() => slots({ slotIntervalMinutes: -15 })).toThrow(RangeError);
    expect(() => slots({ slotIntervalMinutes: 7.5 })).toThrow(/slot interval a positive whole number of minutes/);
    expect(() => slots({ slotIntervalMinutes: Number.NaN })).toThrow(RangeError);
    expect(() => slots({ durationMinutes: 0 })).toThrow(/duration must be positive/);
    expect(() => slots({ durationMinutes: Number.NaN })).toThrow(RangeError);
    expect(localTimes(slots({ slotIntervalMinutes: 1, durationMinutes: 179 }))).toEqual(['2025-06-02 09:00', '2025-06-02 09:01']);
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

  it('skips starts in the spring-forward gap when the step does not line up with it', () => {
    const zone = 'America/New_York';
    const result = slots({ timeZone: zone, fromDate: '2025-03-09', toDate: '2025-03-09', slotIntervalMinutes: 45, durationMinutes: 30, staff: [staff('ann', { rules: everyDay(60, 300) })] });
    // Steps from 01:00: 01:45, 02:30 (does not exist: not moved to 03:30), 03:15, 04:00; 04:45 would end after 05:00.
    expect(localTimes(result, zone)).toEqual(['2025-03-09 01:00', '2025-03-09 01:45', '2025-03-09 03:15', '2025-03-09 04:00']);
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

  // Reference model, independent of the code under test: working minutes marked one by one from
  // the rules and exceptions, wall-clock times read with luxon (a time that luxon moves is in a
  // spring-forward gap; an ambiguous one takes its earliest instant).
  function workingRuns(member: StaffSchedule, date: string): [number, number][] {
    const weekday = DateTime.fromISO(date).weekday;
    const covers = (r: { startMinute?: number | null; endMinute?: number | null }, m: number) => r.startMinute! <= m && m < r.endMinute!;
    const closures = member.exceptions.filter((e) => e.date === date && !e.available);
    const extras = member.exceptions.filter((e) => e.date === date && e.available && e.startMinute != null);
    const working = Array.from({ length: 1440 }, (_, m) => {
      const ruled = member.rules.some((r) => r.weekday === weekday && covers(r, m));
      const closed = closures.some((e) => e.startMinute == null || covers(e, m));
      return (ruled && !closed) || extras.some((e) => covers(e, m));
    });
    const runs: [number, number][] = [];
    working.forEach((on, m) => {
      if (!on) return;
      const last = runs[runs.length - 1];
      if (last && last[1] === m) last[1] = m + 1;
      else runs.push([m, m + 1]);
    });
    return runs;
  }
  const wallClock = (date: string, minute: number, zone: string) => {
    const day = DateTime.fromISO(date, { zone }).plus({ days: Math.floor(minute / 1440) });
    const local = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour: Math.floor((minute % 1440) / 60), minute: minute % 60 }, { zone });
    const exists = local.hour === Math.floor((minute % 1440) / 60) && local.minute === minute % 60;
    return { exists, instant: Math.min(...local.getPossibleOffsets().map((d) => d.toMillis())) };
  };

  it('offers exactly the wall-clock steps of working hours where the service and buffers fit and nothing is busy', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const zone = input.timeZone;
        const result = appointmentSlots(input);
        const before = input.bufferBeforeMinutes * 60_000;
        const after = input.bufferAfterMinutes * 60_000;
        const duration = input.durationMinutes * 60_000;
        const earliest = input.now.getTime() + input.leadTimeMinutes * 60_000;

        const expected = new Map<number, string[]>();
        for (const member of input.staff) {
          const blocked = [...member.timeOff, ...member.busy];
          for (const date of eachLocalDate(input.fromDate, input.toDate)) {
            for (const [workStartMinute, workEndMinute] of workingRuns(member, date)) {
              const workStart = wallClock(date, workStartMinute, zone).instant;
              const workEnd = wallClock(date, workEndMinute, zone).instant;
              for (let m = workStartMinute; m < workEndMinute; m += input.slotIntervalMinutes) {
                const candidate = wallClock(date, m, zone);
                if (!candidate.exists) continue;
                const start = candidate.instant;
                const [heldStart, heldEnd] = [start - before, start + duration + after];
                const free = blocked.every((b) => b.endAt.getTime() <= heldStart || heldEnd <= b.startAt.getTime());
                if (workStart <= heldStart && heldEnd <= workEnd && start >= earliest && free) {
                  expected.set(start, [...(expected.get(start) ?? []), member.id]);
                }
              }
            }
          }
        }
        expect(result.map((s) => [s.startAt.getTime(), s.staffIds])).toEqual([...expected.entries()].sort((a, b) => a[0] - b[0]));
        for (const slot of result) expect(slot.endAt.getTime() - slot.startAt.getTime()).toBe(duration);
      }),
      { numRuns: 100 },
    );
  });
});
