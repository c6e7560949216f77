'use client';

import { useEffect, useState } from 'react';

const format = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
};

/** Time left until `until`, ticking each second; announces only the expiry to screen readers. */
export function Countdown({ until }: { until: string }) {
  const deadline = new Date(until).getTime();
  const [left, setLeft] = useState(() => deadline - Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLeft(deadline - Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  if (left <= 0) return <span role="status">The hold has expired.</span>;
  return (
    <time dateTime={until} data-testid="countdown" className="font-mono font-semibold tabular-nums">
      {format(left)}
    </time>
  );
}
