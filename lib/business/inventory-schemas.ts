// Input of the inventory forms: rental units and dated sessions.
import { z } from 'zod';
import { clockTime, id, localDate, optionalText, wholeNumber } from '@/lib/validation/fields';

const unitFields = {
  code: z.string().trim().min(1, 'Enter a code, plate or serial').max(60),
  name: optionalText(120),
  active: z.boolean().default(true),
};
export const addUnitSchema = z.object({ listingId: id(), ...unitFields });
export const updateUnitSchema = z.object({ unitId: id(), ...unitFields });
export type AddUnitInput = z.output<typeof addUnitSchema>;
export type UpdateUnitInput = z.output<typeof updateUnitSchema>;

const sessionShape = {
  listingId: id(),
  time: clockTime,
  durationMinutes: wholeNumber('Duration', 1, 24 * 60),
  capacity: wholeNumber('Capacity', 1, 10_000),
  /** The staff member who runs it (empty = nobody's 1:1 calendar is affected). */
  hostStaffId: id().optional().or(z.literal('').transform(() => undefined)),
};
export const createSessionSchema = z.object({ ...sessionShape, date: localDate() });
export const recurringSessionsSchema = z.object({
  ...sessionShape,
  startDate: localDate(),
  weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1, 'Pick at least one weekday'),
  weeks: wholeNumber('Weeks', 1, 52),
});
export const updateSessionSchema = z.object({
  sessionId: id(),
  date: localDate().optional(),
  time: clockTime.optional(),
  durationMinutes: wholeNumber('Duration', 1, 24 * 60).optional(),
  capacity: wholeNumber('Capacity', 1, 10_000).optional(),
  /** A staff member's id, null (or empty) for no host; absent leaves it as it is. */
  hostStaffId: id().nullable().optional().or(z.literal('').transform(() => null)),
});
export type UpdateSessionInput = z.output<typeof updateSessionSchema>;
export const cancelSessionSchema = z.object({ sessionId: id() });
export type CreateSessionInput = z.output<typeof createSessionSchema>;
export type RecurringSessionsInput = z.output<typeof recurringSessionsSchema>;

