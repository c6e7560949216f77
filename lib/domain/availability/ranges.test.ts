import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clamp, contains, coveredLength, mergeIntervals, overlaps, subtractIntervals, type Interval } from './ranges';

const i = (start: number, end: number): Interval => ({ start, end });

describe('half-open intervals', () => {
  it('do not overlap when one ends where the other starts', () => {
    expect(overlaps(i(0, 10), i(10, 20))).toBe(false);
    expect(overlaps(i(0, 10), i(9, 20))).toBe(true);
    expect(overlaps(i(0, 10), i(5, 5))).toBe(false); // empty
    expect(contains(i(0, 10), i(0, 10))).toBe(true);
  });

  it('merge, subtract and clamp', () => {
    expect(mergeIntervals([i(5, 8), i(0, 2), i(2, 3), i(7, 9), i(4, 4)])).toEqual([i(0, 3), i(5, 9)]);
    expect(subtractIntervals([i(0, 10)], [i(2, 3), i(5, 12)])).toEqual([i(0, 2), i(3, 5)]);
    expect(subtractIntervals([i(0, 10)], [i(-5, 15)])).toEqual([]);
    expect(clamp(i(0, 10), i(5, 20))).toEqual(i(5, 10));
    expect(clamp(i(0, 5), i(5, 20))).toBeNull();
  });

  const intervals = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([s, len]) => i(s, s + len)),
    { maxLength: 8 },
  );
  const covered = (list: Interval[], x: number) => list.some((v) => v.start <= x && x < v.end);

  it('agree with a point-by-point model', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const merged = mergeIntervals(a);
        const diff = subtractIntervals(a, b);
        for (let x = 0; x <= 80; x++) {
          expect(covered(merged, x)).toBe(covered(a, x));
          expect(covered(diff, x)).toBe(covered(a, x) && !covered(b, x));
        }
        for (let k = 1; k < merged.length; k++) expect(merged[k]!.start).toBeGreaterThan(merged[k - 1]!.end);
        expect(coveredLength(a)).toBe(Array.from({ length: 81 }, (_, x) => x).filter((x) => covered(a, x)).length);
      }),
      { numRuns: 200 },
    );
  });
});
