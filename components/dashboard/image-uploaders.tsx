'use client';

import Image from 'next/image';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { sendUpload } from '@/lib/uploads/browser-upload';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/uploads/image-type';

/** The business logo on the profile page (owner only). */
export function LogoUploader({ logoUrl, vendorName }: { logoUrl: string | null; vendorName: string }) {
  return (
    <SingleImageUploader
      route="/api/dashboard/profile/logo"
      imageUrl={logoUrl}
      name={vendorName}
      what="logo"
      alt={`${vendorName} logo`}
      hint="Shown square on your storefront; a square image looks best."
      removeQuestion="Remove the logo from your storefront?"
    />
  );
}

/** A staff member's photo, shown with their bio where customers choose whom to book. */
export function StaffPhotoUploader({ staffId, photoUrl, staffName }: { staffId: string; photoUrl: string | null; staffName: string }) {
  return (
    <SingleImageUploader
      route={`/api/dashboard/staff/${staffId}/photo`}
      imageUrl={photoUrl}
      name={staffName}
      what="photo"
      alt={`Photo of ${staffName}`}
      hint="Shown round beside their bio on your appointment pages; a square portrait looks best."
      removeQuestion={`Remove the photo of ${staffName}?`}
    />
  );
}

type UploaderProps = { route: string; imageUrl: string | null; name: string; what: 'logo' | 'photo'; alt: string; hint: string; removeQuestion: string };

/** One image behind an upload route: upload with progress, replace, remove. */
function SingleImageUploader({ route, imageUrl, name, what, alt, hint, removeQuestion }: UploaderProps) {
  const Thing = what === 'logo' ? 'Logo' : 'Photo';
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
      setError(`"${file.name}" is too large (${(file.size / 1024 / 1024).toFixed(1)} MB). The ${what} can be at most ${MAX_UPLOAD_LABEL}.`);
    } else {
      const body = new FormData();
      body.append('file', file);
      setProgress(0);
      const result = await sendUpload<unknown>(route, body, (fraction) => setProgress(Math.round(fraction * 100)));
      setProgress(null);
      if (result.ok) {
        setNotice(`${Thing} saved.`);
        router.refresh();
      } else setError(result.message);
    }
    if (inputRef.current) inputRef.current.value = '';
  }

  function remove() {
    if (!window.confirm(removeQuestion)) return;
    startRemoving(async () => {
      const response = await fetch(route, { method: 'DELETE' }).catch(() => null);
      if (response?.ok) {
        setError(null);
        setNotice(`${Thing} removed.`);
        router.refresh();
      } else {
        const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? `The ${what} could not be removed. Please try again.`);
      }
    });
  }

  const busy = progress !== null || removing;
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-4">
        {imageUrl ? (
          <Image src={imageUrl} alt={alt} width={80} height={80} unoptimized className="h-20 w-20 rounded-xl border border-slate-200 object-cover" />
        ) : (
          <div aria-hidden="true" className="flex h-20 w-20 items-center justify-center rounded-xl border border-dashed border-slate-300 text-2xl font-bold text-slate-400">
            {name.trim().charAt(0).toUpperCase() || '?'}
          </div>
        )}
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {imageUrl ? `Replace the ${what}` : `Upload a ${what}`}
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
            JPEG, PNG or WebP, up to {MAX_UPLOAD_LABEL}. {hint}
          </p>
        </div>
      </div>
      {progress !== null ? <progress className="h-2 w-full accent-brand-600" max={100} value={progress} aria-label={`Uploading the ${what}: ${progress}%`} /> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p role="status" className="text-sm text-emerald-700">
        {notice}
      </p>
      {imageUrl ? (
        <Button type="button" variant="secondary" disabled={busy} aria-busy={removing} onClick={remove}>
          Remove {what}
        </Button>
      ) : null}
    </div>
  );
}
