'use client';

import { useEffect, useState } from 'react';

const LAST_HOUR_MS = 3_600_000;

const format = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
};

/**
 * Minutes and seconds left until `until`, shown only in the last hour (the deadline itself is
 * written as a date and time beside it). Nothing is rendered on the server or before the first
 * tick, so the server's clock never disagrees with the browser's (no hydration mismatch).
 */
export function Countdown({ until }: { until: string }) {
  const deadline = new Date(until).getTime();
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setLeft(deadline - Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline]);
  if (left === null || left > LAST_HOUR_MS) return null;
  if (left <= 0) return <span role="status"> The hold has expired.</span>;
  return (
    <>
      {' '}
      (
      <time dateTime={until} data-testid="countdown" className="font-mono font-semibold tabular-nums">
        {format(left)}
      </time>{' '}
      left)
    </>
  );
}
