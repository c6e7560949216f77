'use client';

import Image from 'next/image';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { sendUpload } from '@/lib/uploads/browser-upload';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/uploads/image-type';

const LOGO_ROUTE = '/api/dashboard/profile/logo';

/** The business logo on the profile page (owner only): upload with progress, replace, remove. */
export function LogoUploader({ logoUrl, vendorName }: { logoUrl: string | null; vendorName: string }) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [removing, startRemoving] = useTransition();

  async function upload(file: File | undefined) {
    if (!file) return;
    setError(null);
    setNotice('');
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(`"${file.name}" is too large (${(file.size / 1024 / 1024).toFixed(1)} MB). The logo can be at most ${MAX_UPLOAD_LABEL}.`);
    } else {
      const body = new FormData();
      body.append('file', file);
      setProgress(0);
      const result = await sendUpload<{ logoUrl: string }>(LOGO_ROUTE, body, (fraction) => setProgress(Math.round(fraction * 100)));
      setProgress(null);
      if (result.ok) {
        setNotice('Logo saved.');
        router.refresh();
      } else setError(result.message);
    }
    if (inputRef.current) inputRef.current.value = '';
  }

  function remove() {
    if (!window.confirm('Remove the logo from your storefront?')) return;
    startRemoving(async () => {
      const response = await fetch(LOGO_ROUTE, { method: 'DELETE' }).catch(() => null);
      if (response?.ok) {
        setError(null);
        setNotice('Logo removed.');
        router.refresh();
      } else {
        const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? 'The logo could not be removed. Please try again.');
      }
    });
  }

  const busy = progress !== null || removing;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-4">
        {logoUrl ? (
          <Image src={logoUrl} alt={`${vendorName} logo`} width={80} height={80} unoptimized className="h-20 w-20 rounded-xl border border-slate-200 object-cover" />
        ) : (
          <div aria-hidden="true" className="flex h-20 w-20 items-center justify-center rounded-xl border border-dashed border-slate-300 text-2xl font-bold text-slate-400">
            {vendorName.trim().charAt(0).toUpperCase() || '?'}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {logoUrl ? 'Replace the logo' : 'Upload a logo'}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            type="file"
            accept={ACCEPTED_IMAGE_TYPES.join(',')}
            disabled={busy}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => void upload(event.target.files?.[0])}
            className="block text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
          />
          <p id={`${inputId}-hint`} className="text-xs text-slate-500">
            JPEG, PNG or WebP, up to {MAX_UPLOAD_LABEL}. Shown square on your storefront; a square image looks best.
          </p>
        </div>
      </div>
      {progress !== null ? <progress className="h-2 w-full accent-brand-600" max={100} value={progress} aria-label={`Uploading the logo: ${progress}%`} /> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p role="status" className="text-sm text-emerald-700">
        {notice}
      </p>
      {logoUrl ? (
        <Button type="button" variant="secondary" disabled={busy} aria-busy={removing} onClick={remove}>
          Remove logo
        </Button>
      ) : null}
    </div>
  );
}
