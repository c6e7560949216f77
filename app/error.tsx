'use client';

import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        Nothing was changed. Please try again{error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      {/* A plain button: this boundary loads with every page, Button would bring next/link along. */}
      <button type="button" className="mt-6 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
