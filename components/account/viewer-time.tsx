'use client';

import { useSyncExternalStore } from 'react';
import { formatRange, zoneName } from '@/lib/format/date-time';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The same range in the viewer's own zone, shown only when it reads differently there. */
export function ViewerTime({ startAt, endAt, timeZone }: { startAt: string; endAt: string; timeZone: string }) {
  const zone = useSyncExternalStore(noSubscription, browserZone, () => null);
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
