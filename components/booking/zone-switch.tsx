'use client';

import { useRouter } from 'next/navigation';
import { useSyncExternalStore, useTransition } from 'react';
import { runtimeTimeZone } from '@/lib/format/date-time';
import { VIEW_ZONE_COOKIE, VIEW_ZONE_MAX_AGE } from '@/lib/format/view-zone';

const noSubscription = () => () => {};

/**
 * Lets the viewer read the calendar and times in their own zone (their profile's, else their
 * browser's) or the listing's. The choice is a cookie, so it holds on every listing and visit.
 */
export function ZoneSwitch({ listingZone, shownZone, profileZone }: { listingZone: string; shownZone: string; profileZone: string | null }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const browserZone = useSyncExternalStore(noSubscription, runtimeTimeZone, () => null);
  const yours = profileZone ?? browserZone;
  if (shownZone === listingZone && (!yours || yours === listingZone)) return null;
  const mine = shownZone !== listingZone ? shownZone : yours!;

  const show = (zone: string | null) =>
    startTransition(() => {
      document.cookie = zone ? `${VIEW_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=${VIEW_ZONE_MAX_AGE}; samesite=lax` : `${VIEW_ZONE_COOKIE}=; path=/; max-age=0; samesite=lax`;
      router.refresh();
    });

  const option = (zone: string, label: string, chosen: boolean, onClick: () => void) => (
    <button
      type="button"
      aria-pressed={chosen}
      disabled={pending}
      onClick={onClick}
      className="rounded-md px-3 py-1.5 text-xs font-medium ring-1 ring-inset ring-slate-300 aria-pressed:bg-brand-600 aria-pressed:text-white aria-pressed:ring-brand-600"
    >
      {label} ({zone.replaceAll('_', ' ')})
    </button>
  );
  return (
    <div role="group" aria-label="Show times in" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Show times in:</span>
      {option(listingZone, 'Listing’s time', shownZone === listingZone, () => show(null))}
      {option(mine, 'My time', shownZone !== listingZone, () => show(mine))}
    </div>
  );
}
