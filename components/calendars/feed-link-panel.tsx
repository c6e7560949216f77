'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/http/action-result';

type Issued = { url: string; webcalUrl: string };

/**
 * A secret subscription link: made (or replaced) on request and shown once, since only its hash is
 * kept. Replacing or turning it off makes calendars that use the old link stop updating.
 */
export function FeedLinkPanel({
  label,
  since,
  issue,
  revoke,
}: {
  /** What the feed lists, e.g. "all bookings of Harbour Kayaks". */
  label: string;
  since: string | null;
  issue: () => Promise<ActionResult<Issued>>;
  revoke: () => Promise<ActionResult<unknown>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<ActionResult<unknown>>, onDone: (result: ActionResult<unknown>) => void) =>
    startTransition(async () => {
      const result = await work();
      setError(result.ok ? null : result.message);
      onDone(result);
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-3 text-sm" aria-label={`Calendar subscription: ${label}`} role="group">
      <p className="text-slate-600">
        Subscribe to {label} in Google Calendar, Outlook or Apple Calendar: confirmed bookings appear there and stay up to date. Anyone with the link can see these bookings.
      </p>
      {issued ? (
        <Alert tone="success">
          <span className="block">Copy this link now: it is not shown again.</span>
          <code className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs" aria-label="Calendar feed link">
            {issued.url}
          </code>
          <a href={issued.webcalUrl} className="mt-2 inline-block text-brand-700 underline">
            Open in your calendar app (webcal)
          </a>
        </Alert>
      ) : since ? (
        <p className="text-slate-700">A link is active since {since}. Make a new one if you lost it: the old one then stops working.</p>
      ) : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          aria-busy={pending}
          onClick={() => {
            if (since && !window.confirm('Make a new link? Calendars that use the old link stop updating.')) return;
            run(issue, (result) => setIssued(result.ok ? (result.data as Issued) : null));
          }}
        >
          {since || issued ? 'Make a new link' : 'Make a subscription link'}
        </Button>
        {since || issued ? (
          <Button
            type="button"
            variant="ghost"
            disabled={pending}
            onClick={() => {
              if (!window.confirm('Turn the link off? Calendars that use it stop updating.')) return;
              run(revoke, () => setIssued(null));
            }}
          >
            Turn the link off
          </Button>
        ) : null}
      </div>
    </div>
  );
}
