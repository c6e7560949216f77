import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ActionResult } from '@/lib/http/action-result';

/** Shows a failed server action's field errors next to their fields and its message on the form. */
export function applyServerErrors<T extends FieldValues>(result: ActionResult<unknown>, setError: UseFormSetError<T>) {
  if (result.ok) return;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0]) setError(field as Path<T>, { type: 'server', message: messages[0] });
  }
  setError('root.server' as Path<T>, { type: result.code, message: result.message });
}
