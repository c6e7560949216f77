import { revalidatePath } from 'next/cache';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

/** After a self-service change: send its emails and notifications soon, and refresh the pages showing it. */
export function afterBookingChange(paths: string[]): void {
  deliverOutboxSoon();
  for (const path of ['/account', ...paths]) revalidatePath(path);
}

/** A new review changes ratings on the listing page, the storefront and the home page cards. */
export function afterReview(paths: string[]): void {
  afterBookingChange(paths);
  revalidatePath('/v/[slug]/[listing]', 'page');
  revalidatePath('/v/[slug]', 'page');
  revalidatePath('/');
}
