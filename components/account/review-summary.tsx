import type { Review } from '@/lib/generated/prisma/client';

export function ReviewSummary({ review }: { review: Pick<Review, 'rating' | 'comment'> }) {
  return (
    <div className="space-y-1 text-sm">
      <p>
        <span aria-hidden="true" className="text-amber-500">
          {'★'.repeat(review.rating)}
          <span className="text-slate-300">{'★'.repeat(5 - review.rating)}</span>
        </span>
        <span className="sr-only">Rated {review.rating} out of 5</span>
      </p>
      {review.comment ? <p className="whitespace-pre-line text-slate-700">{review.comment}</p> : null}
      <p className="text-slate-500">Thank you for your review.</p>
    </div>
  );
}
