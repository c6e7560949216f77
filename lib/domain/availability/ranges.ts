// Half-open intervals [start, end) on epoch milliseconds (or any integer line, e.g. minutes of a
// day). Half-open so a booking ending at 10:00 and one starting at 10:00 do not overlap.

export type Interval = { start: number; end: number };

export function interval(startAt: Date, endAt: Date): Interval {
  return { start: startAt.getTime(), end: endAt.getTime() };
}

export function isEmpty(i: Interval): boolean {
  return i.end <= i.start;
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && !isEmpty(a) && !isEmpty(b);
}

export function overlapsAny(a: Interval, list: readonly Interval[]): boolean {
  return list.some((b) => overlaps(a, b));
}

/** Does `outer` contain all of `inner`? */
export function contains(outer: Interval, inner: Interval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Sorted, non-overlapping, non-empty; touching intervals ([1,2) and [2,3)) become one. */
export function mergeIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((i) => !isEmpty(i)).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push({ start: i.start, end: i.end });
  }
  return merged;
}

/** The parts of `base` not covered by any of `cuts` (merged and sorted). */
export function subtractIntervals(base: readonly Interval[], cuts: readonly Interval[]): Interval[] {
  const mergedCuts = mergeIntervals(cuts);
  const result: Interval[] = [];
  for (const b of mergeIntervals(base)) {
    let cursor = b.start;
    for (const c of mergedCuts) {
      if (c.start >= b.end) break; // cuts are sorted: the rest start later still
      if (c.start > cursor) result.push({ start: cursor, end: c.start });
      cursor = Math.max(cursor, c.end);
    }
    if (cursor < b.end) result.push({ start: cursor, end: b.end });
  }
  return result;
}

/** `i` cut to `bounds`, or null when nothing is left. */
export function clamp(i: Interval, bounds: Interval): Interval | null {
  const start = Math.max(i.start, bounds.start);
  const end = Math.min(i.end, bounds.end);
  return end > start ? { start, end } : null;
}

/** Total length covered (overlaps counted once). */
export function coveredLength(list: readonly Interval[]): number {
  return mergeIntervals(list).reduce((sum, i) => sum + (i.end - i.start), 0);
}
