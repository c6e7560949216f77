import type { ActionResult } from '@/lib/http/action-result';

/** A server action bound to one booking (its id or its magic-link token), called by a form. */
export type BookingFormAction = (input: unknown) => Promise<ActionResult<unknown>>;
