import { z } from 'zod';
import { DomainError, type FieldErrors } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';

// What a server action returns to its form: success, or a message a person understands.
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: FieldErrors };

export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Nothing was changed; please try again.';

/** A schema failure as the form shows it: a message on top, one per field beside it. */
export function validationFailure(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: 'VALIDATION_FAILED', message: 'Please correct the highlighted fields.', fieldErrors: z.flattenError(error).fieldErrors as FieldErrors };
}

/**
 * A service's error as the form shows it. Only errors thrown before or inside the service's one
 * transaction come here, so "nothing was changed" is true of the unexpected ones.
 */
export function actionError(error: unknown): ActionResult<never> {
  if (error instanceof DomainError) {
    const fieldErrors = 'fieldErrors' in error ? (error.fieldErrors as FieldErrors) : undefined;
    return { ok: false, code: error.code, message: error.message, fieldErrors };
  }
  logger.error({ err: error }, 'Unexpected error in a server action');
  return { ok: false, code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE };
}
