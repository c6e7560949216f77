'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';

/** Sets the search's centre to the browser's location (asked only on click) with a 25 km radius. */
export function NearMeButton() {
  const router = useRouter();
  const params = useSearchParams();
  const [state, setState] = useState<'idle' | 'locating' | 'denied'>('idle');
  const locate = () => {
    if (!('geolocation' in navigator)) return setState('denied');
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const next = new URLSearchParams(params);
        next.set('lat', coords.latitude.toFixed(4));
        next.set('lng', coords.longitude.toFixed(4));
        if (!next.get('radius')) next.set('radius', '25');
        next.set('sort', 'distance');
        next.delete('page');
        router.push(`/search?${next}`);
      },
      () => setState('denied'),
      { timeout: 10_000 },
    );
  };
  return (
    <div className="text-sm">
      <button type="button" onClick={locate} disabled={state === 'locating'} className="w-full rounded-lg px-4 py-2 font-medium text-brand-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50">
        {state === 'locating' ? 'Finding you…' : 'Search near me'}
      </button>
      {state === 'denied' ? (
        <p role="alert" className="mt-1 text-red-700">
          We could not get your location. Search by city instead.
        </p>
      ) : null}
    </div>
  );
}
