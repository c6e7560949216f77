'use client';

import { useSyncExternalStore } from 'react';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const offsetMinutes = (zone: string, at: Date) => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0)) : 0;
};

/** When the viewer's zone differs from the listing's, says how the shown times relate to theirs. */
export function ViewerZoneNote({ listingZone }: { listingZone: string }) {
  // The server cannot know the browser's zone: render nothing there, the note after hydration.
  const zone = useSyncExternalStore(() => () => {}, viewerZone, () => null);
  if (!zone || zone === listingZone) return null;
  const now = new Date();
  const diff = offsetMinutes(listingZone, now) - offsetMinutes(zone, now);
  if (diff === 0) return null;
  const hours = Math.abs(diff) / 60;
  return (
    <span>
      {' '}
      You are in {zone}: these times are {hours} hour{hours === 1 ? '' : 's'} {diff > 0 ? 'ahead of' : 'behind'} yours.
    </span>
  );
}
