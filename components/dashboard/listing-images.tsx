'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Image from 'next/image';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useOptimistic, useRef, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { deleteImageAction, makePrimaryImageAction, reorderImagesAction, updateImageAltAction } from '@/lib/actions/business/images';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';
import { sendUpload } from '@/lib/uploads/browser-upload';
import { MAX_IMAGES_PER_LISTING, imageAltSchema } from '@/lib/uploads/image-schemas';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from '@/lib/uploads/image-type';

export type ListingPhoto = { id: string; url: string; alt: string; width: number | null; height: number | null };

type Upload = { index: number; total: number; name: string; fraction: number };

/** The listing's photos: upload several (with progress), reorder, choose the primary, alt text, delete. */
export function ListingImages({ listingId, images }: { listingId: string; images: ListingPhoto[] }) {
  const router = useRouter();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  const [order, setOrder] = useOptimistic(images);
  const [pending, startTransition] = useTransition();
  // Moving a photo moves its buttons in the page; keep the keyboard focus on the one pressed.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfterMove.current ? document.getElementById(focusAfterMove.current) : null;
    if (target && document.activeElement !== target) target.focus();
    if (!pending) focusAfterMove.current = null;
  }, [order, pending]);

  const room = MAX_IMAGES_PER_LISTING - images.length;

  async function uploadFiles(files: File[]) {
    const problems: string[] = [];
    if (files.length > room) {
      setErrors([room > 0 ? `You can add ${room} more photo${room === 1 ? '' : 's'} (at most ${MAX_IMAGES_PER_LISTING} per listing).` : `This listing already has ${MAX_IMAGES_PER_LISTING} photos. Delete some before adding more.`]);
      return;
    }
    let added = 0;
    // One request per file: a bad file fails alone, with its own message, and the others still land.
    for (const [index, file] of files.entries()) {
      if (file.size > MAX_UPLOAD_BYTES) {
        problems.push(`"${file.name}" is too large (${(file.size / 1024 / 1024).toFixed(1)} MB). Each image can be at most ${MAX_UPLOAD_LABEL}.`);
        continue;
      }
      setUpload({ index, total: files.length, name: file.name, fraction: 0 });
      const body = new FormData();
      body.append('files', file);
      const result = await sendUpload(`/api/dashboard/listings/${listingId}/images`, body, (fraction) => setUpload({ index, total: files.length, name: file.name, fraction }));
      if (result.ok) added += 1;
      else problems.push(result.message);
    }
    setUpload(null);
    setErrors(problems);
    setNotice(added > 0 ? `${added} photo${added === 1 ? '' : 's'} added.` : '');
    if (inputRef.current) inputRef.current.value = '';
    if (added > 0) router.refresh();
  }

  function run(action: () => Promise<ActionResult<unknown>>, done: string, optimistic?: ListingPhoto[]) {
    startTransition(async () => {
      if (optimistic) setOrder(optimistic); // shown at once, until the refreshed page confirms it
      const result = await action();
      setErrors(result.ok ? [] : [result.message]);
      setNotice(result.ok ? done : '');
      router.refresh();
    });
  }

  // Quick presses build on the order shown; Next.js sends the actions one after the other.
  function move(index: number, by: -1 | 1) {
    const next = [...order];
    const [photo] = next.splice(index, 1);
    next.splice(index + by, 0, photo!);
    // At the top or bottom now, the pressed button is disabled: focus its twin instead.
    const stillMovable = by === -1 ? index + by > 0 : index + by < next.length - 1;
    focusAfterMove.current = `${photo!.id}-${(by === -1) === stillMovable ? 'up' : 'down'}`;
    run(() => reorderImagesAction({ listingId, imageIds: next.map((p) => p.id) }), `Photo moved to position ${index + by + 1} of ${next.length}.`, next);
  }

  const overall = upload ? Math.round(((upload.index + upload.fraction) / upload.total) * 100) : 0;

  return (
    <section aria-labelledby={`${inputId}-title`} className="space-y-4">
      <div>
        <h2 id={`${inputId}-title`} className="text-lg font-semibold">
          Photos
        </h2>
        <p className="text-sm text-slate-600">
          The first photo is the primary one, shown on your storefront and in search. JPEG, PNG or WebP, up to {MAX_UPLOAD_LABEL} each, at most {MAX_IMAGES_PER_LISTING}.
        </p>
      </div>

      <div className="space-y-2">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Add photos
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          multiple
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          disabled={!!upload || room <= 0}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void uploadFiles([...(event.target.files ?? [])])}
          className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-semibold file:text-brand-700 hover:file:bg-brand-100"
        />
        <p id={`${inputId}-hint`} className="text-xs text-slate-500">
          {room > 0 ? `You can add ${room} more.` : 'This listing has the most photos it can have.'}
        </p>
        {upload ? (
          <div className="space-y-1">
            <progress className="h-2 w-full accent-brand-600" max={100} value={overall} aria-label={`Uploading photos: ${overall}%`} />
            <p className="text-sm text-slate-600" aria-live="polite">
              Uploading {upload.name} ({upload.index + 1} of {upload.total})…
            </p>
          </div>
        ) : null}
      </div>

      {errors.length > 0 ? (
        <Alert tone="error">
          {errors.length === 1 ? (
            errors[0]
          ) : (
            <ul className="list-disc pl-4">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </Alert>
      ) : null}
      <p role="status" className="sr-only">
        {notice}
      </p>

      {order.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">No photos yet. Listings with photos get more bookings.</p>
      ) : (
        <ol aria-label="Photos" className="space-y-3">
          {order.map((photo, index) => (
            <li key={photo.id} aria-label={`Photo ${index + 1} of ${order.length}${index === 0 ? ', primary' : ''}`} className="flex flex-wrap items-start gap-4 rounded-xl border border-slate-200 p-3">
              <div className="relative h-24 w-36 shrink-0 overflow-hidden rounded-lg bg-slate-100">
                <Image src={photo.url} alt={photo.alt} fill sizes="144px" unoptimized className="object-cover" />
                {index === 0 ? <span className="absolute left-1 top-1 rounded bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">Primary</span> : null}
              </div>
              <div className="min-w-0 flex-1 space-y-2">
                <AltTextForm photo={photo} position={index + 1} />
                <div className="flex flex-wrap gap-2">
                  <Button id={`${photo.id}-up`} type="button" variant="secondary" className="disabled:opacity-50" disabled={index === 0} onClick={() => move(index, -1)}>
                    Move up
                  </Button>
                  <Button id={`${photo.id}-down`} type="button" variant="secondary" className="disabled:opacity-50" disabled={index === order.length - 1} onClick={() => move(index, 1)}>
                    Move down
                  </Button>
                  {index > 0 ? (
                    <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => makePrimaryImageAction({ imageId: photo.id }), 'Primary photo changed.', [photo, ...order.filter((p) => p.id !== photo.id)])}>
                      Make primary
                    </Button>
                  ) : null}
                  <Button
                    type="button"
                    variant="ghost"
                    className="text-red-700"
                    disabled={pending}
                    onClick={() => {
                      if (window.confirm('Delete this photo? This cannot be undone.')) run(() => deleteImageAction({ imageId: photo.id }), 'Photo deleted.', order.filter((p) => p.id !== photo.id));
                    }}
                  >
                    Delete
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The photo's description for screen readers (alt text). */
function AltTextForm({ photo, position }: { photo: ListingPhoto; position: number }) {
  const router = useRouter();
  const id = `alt-${photo.id}`;
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof imageAltSchema>, unknown, z.output<typeof imageAltSchema>>({
    resolver: zodResolver(imageAltSchema),
    defaultValues: { imageId: photo.id, alt: photo.alt },
  });
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting, isDirty } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const result = await updateImageAltAction(values);
    applyServerErrors(result, setError);
    setSaved(result.ok);
    if (result.ok) {
      reset(values);
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Alt text of photo ${position}`} className="flex flex-wrap items-end gap-2">
      <div className="min-w-48 flex-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          Alt text
        </label>
        <Input id={id} placeholder="What the photo shows, for screen readers" aria-invalid={!!errors.alt} aria-describedby={errors.alt || errors.root ? `${id}-error` : undefined} {...register('alt')} />
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !isDirty}>
        Save
      </Button>
      {errors.alt || errors.root?.server ? (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {errors.alt?.message ?? errors.root?.server?.message}
        </p>
      ) : saved && !isDirty ? (
        <p role="status" className="w-full text-sm text-emerald-700">
          Alt text saved.
        </p>
      ) : null}
    </form>
  );
}
