'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Field, inputClass } from '@/components/ui/field';
import { reviewSchema, type ReviewInput } from '@/lib/reviews/schemas';
import type { BookingFormAction } from './action-types';

const WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

/** 1–5 stars and a few words; one review per completed booking. */
export function ReviewForm({ action }: { action: BookingFormAction }) {
  const { register, handleSubmit, setError, formState } = useForm<ReviewInput>({ resolver: zodResolver(reviewSchema), defaultValues: { comment: '' } });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => applyServerErrors(await action(values), setError));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <fieldset aria-describedby={errors.rating ? 'rating-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Your rating</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((stars) => (
            <label
              key={stars}
              className="flex cursor-pointer items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-amber-500 has-checked:bg-amber-50 has-focus-visible:ring-2 has-focus-visible:ring-brand-500/40"
            >
              <input type="radio" value={stars} className="sr-only" {...register('rating')} />
              <span aria-hidden="true" className="text-amber-500">
                {'★'.repeat(stars)}
              </span>
              <span className="sr-only">
                {stars} {stars === 1 ? 'star' : 'stars'},
              </span>
              <span>{WORDS[stars]}</span>
            </label>
          ))}
        </div>
        {errors.rating ? (
          <p id="rating-error" role="alert" className="mt-1 text-sm text-red-700">
            {errors.rating.message}
          </p>
        ) : null}
      </fieldset>
      <Field id="review-comment" label="Your review (optional)" hint="What went well, what could be better?" error={errors.comment?.message}>
        <textarea id="review-comment" rows={4} className={inputClass} aria-invalid={!!errors.comment} {...register('comment')} />
      </Field>
      <SubmitButton pending={isSubmitting} pendingText="Posting your review…">
        Post review
      </SubmitButton>
    </form>
  );
}
