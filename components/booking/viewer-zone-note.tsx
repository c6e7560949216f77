'use client';

import { useSyncExternalStore } from 'react';
import { runtimeTimeZone, utcOffsetMinutes } from '@/lib/format/date-time';


/** When the viewer's zone differs from the listing's, says how the shown times relate to theirs. */
export function ViewerZoneNote({ listingZone }: { listingZone: string }) {
  // The server cannot know the browser's zone: render nothing there, the note after hydration.
  const zone = useSyncExternalStore(() => () => {}, runtimeTimeZone, () => null);
  if (!zone || zone === listingZone) return null;
  const now = new Date();
  const diff = utcOffsetMinutes(listingZone, now) - utcOffsetMinutes(zone, now);
  if (diff === 0) return null;
  const hours = Math.abs(diff) / 60;
  return (
    <span>
      {' '}
      You are in {zone}: these times are {hours} hour{hours === 1 ? '' : 's'} {diff > 0 ? 'ahead of' : 'behind'} yours.
    </span>
  );
}
