// Input of the staff forms: who they are, what they do, when they work, their external calendars.
import { z } from 'zod';
import { normalizeCalendarUrl } from '@/lib/domain/calendar-url';
import { clockTime, email, id, localDate, optionalText } from '@/lib/validation/fields';

export const staffSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  email: email
    .or(z.literal(''))
    .transform((value) => value || undefined)
    .optional(),
  bio: z.string().trim().max(2000).default(''),
  active: z.boolean().default(true),
});
export const updateStaffSchema = staffSchema.extend({ staffId: id() });
export const staffServicesSchema = z.object({ staffId: id(), listingIds: z.array(id()).max(200) });

const minuteRange = z
  .object({ start: clockTime, end: clockTime.or(z.literal('24:00')) })
  .refine(({ start, end }) => start < end, { message: 'The end must be after the start', path: ['end'] });

export const weeklyRulesSchema = z.object({
  staffId: id(),
  rules: z.array(minuteRange.and(z.object({ weekday: z.coerce.number().int().min(1).max(7) }))).max(50),
});
export const exceptionSchema = z.object({
  staffId: id(),
  date: localDate(),
  available: z.boolean().default(false),
  start: clockTime.or(z.literal('')).optional(),
  end: clockTime.or(z.literal('24:00')).or(z.literal('')).optional(),
  reason: optionalText(200),
});
export const timeOffSchema = z
  .object({ staffId: id(), startDate: localDate(), endDate: localDate(), reason: optionalText(200) })
  .refine(({ startDate, endDate }) => startDate <= endDate, { message: 'The last day must not be before the first', path: ['endDate'] });

/** An external calendar's "secret address" (iCal) whose busy times block the staff member. */
export const externalCalendarSchema = z.object({
  staffId: id(),
  name: z.string().trim().min(1, 'Name the calendar').max(120),
  url: z
    .string()
    .trim()
    .min(1, 'Enter the calendar address')
    .max(2000, 'The address is too long')
    .transform((value, ctx) => {
      const checked = normalizeCalendarUrl(value);
      if (checked.ok) return checked.url;
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }),
});
export const removeExternalCalendarSchema = z.object({ calendarId: id() });
/** The same, for a rental unit (its busy times block the unit like a booking). */
export const unitExternalCalendarSchema = externalCalendarSchema.omit({ staffId: true }).extend({ unitId: id() });

export type StaffInput = z.output<typeof staffSchema>;
export type UpdateStaffInput = z.output<typeof updateStaffSchema>;
export type StaffServicesInput = z.output<typeof staffServicesSchema>;
export type WeeklyRulesInput = z.output<typeof weeklyRulesSchema>;
export type ExceptionInput = z.output<typeof exceptionSchema>;
export type TimeOffInput = z.output<typeof timeOffSchema>;
export type ExternalCalendarInput = z.output<typeof externalCalendarSchema>;
export type UnitExternalCalendarInput = z.output<typeof unitExternalCalendarSchema>;
