'use client';

import { useSyncExternalStore } from 'react';
import { formatRange, runtimeTimeZone, zoneName } from '@/lib/format/date-time';

const noSubscription = () => () => {};

/** The same range in the viewer's own zone, shown only when it reads differently there. */
export function ViewerTime({ startAt, endAt, timeZone }: { startAt: string; endAt: string; timeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, runtimeTimeZone, () => null);
  if (!zone || zone === timeZone) return null;
  const start = new Date(startAt);
  const end = new Date(endAt);
  const theirs = formatRange(start, end, zone);
  if (theirs === formatRange(start, end, timeZone)) return null;
  return (
    <p className="text-sm text-slate-600">
      Your time: {theirs} ({zoneName(zone, start)})
    </p>
  );
}
