import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { DomainError, type FieldErrors } from '@/lib/errors';

// What a server action returns to its form: success, or a message a person understands.
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: string; message: string; fieldErrors?: FieldErrors };

/** Parses input with the form's own schema and runs the action, mapping errors in one place. */
export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  action: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: 'VALIDATION_FAILED', message: 'Please correct the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  try {
    return { ok: true, data: await action(parsed.data) };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() after success must reach Next.js
    return actionError(error);
  }
}

export function actionError(error: unknown): ActionResult<never> {
  if (error instanceof DomainError) {
    const fieldErrors = 'fieldErrors' in error ? (error.fieldErrors as FieldErrors) : undefined;
    return { ok: false, code: error.code, message: error.message, fieldErrors };
  }
  console.error(error);
  return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was changed; please try again.' };
}
