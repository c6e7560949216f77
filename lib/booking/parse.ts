import { z } from 'zod';
import { ValidationFailed, type FieldErrors } from '@/lib/errors';

/** Parses service input, turning a schema failure into ValidationFailed with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
  const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message ?? 'Invalid input';
  throw new ValidationFailed(first, fieldErrors);
}
