// The zod fields every form and API schema is built from, written once: ids, emails, phones,
// calendar dates and clock times, amounts of money, whole numbers, optional text, time zones,
// currencies and countries.
// Client-safe (the forms validate with these in the browser too).
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { countries, isCurrency, isTimeZone } from './codes';

/** Empty form controls ('' or null, or NaN from a number input) mean "not given". */
export const blankToUndefined = (value: unknown) => (value === '' || value === null || (typeof value === 'number' && Number.isNaN(value)) ? undefined : value);

/** An optional field whose empty control means "not given". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const id = (message = 'Unknown id') => z.uuid(message);

export const email = z.string().trim().toLowerCase().max(254, 'Use at most 254 characters').pipe(z.email('Enter a valid email address'));

const PHONE = /^[+()\d\s.-]*$/;
const PHONE_MESSAGE = 'Use digits, spaces and + ( ) - only';
export const phone = z.string().trim().min(5, 'Enter a phone number').max(40).regex(PHONE, PHONE_MESSAGE);
/** A phone number that may be left empty (undefined then). */
export const optionalPhone = z
  .string()
  .trim()
  .max(40)
  .regex(PHONE, PHONE_MESSAGE)
  .optional()
  .transform((value) => value || undefined);

/** Whether 'YYYY-MM-DD' names a day that exists (no 2025-02-30, no month 13). */
export function isRealLocalDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date 'YYYY-MM-DD' that exists. */
export const localDate = (message = 'Choose a date') => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, message).refine(isRealLocalDate, 'Choose a date that exists');

/** Whether 'YYYY-MM' names a month (no month 00 or 13). */
export function isRealLocalMonth(value: string): boolean {
  return /^\d{4}-(?:0[1-9]|1[0-2])$/.test(value);
}

/** A wall-clock time 'HH:MM' (00:00–23:59). */
export const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

/** A whole number between min and max, from a number or a form's text. */
export const wholeNumber = (label: string, min = 0, max = 1_000_000) =>
  z.coerce.number({ error: `Enter ${label}` }).int(`${label} must be a whole number`).min(min, `${label} must be at least ${min}`).max(max, `${label} is too large`);

export const optionalWholeNumber = (label: string, min = 0, max = 1_000_000) => z.preprocess(blankToUndefined, wholeNumber(label, min, max).optional());

/** An amount in major units as people type it ("12.50"), at most 3 decimals; services convert to minor units. */
// Ten million in major units keeps two-decimal currencies under the Int money columns' 2^31 − 1 minor units.
export const majorAmount = (label: string, max = 10_000_000) =>
  z.coerce
    .number({ error: `Enter ${label}` })
    .min(0, `${label} cannot be negative`)
    .max(max, `${label} is too large`)
    .refine((value) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6, `${label} has too many decimals`);

/** Trimmed text up to `max` characters; empty means undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .transform((value) => value || undefined)
    .optional();

/** An IANA time-zone name (no bare offsets such as "+01:00"). */
export const timeZoneName = z.string().trim().refine(isTimeZone, 'Choose a valid time zone');

/** An ISO 4217 currency code the runtime can format prices in. */
export const currencyCode = z.string().trim().toUpperCase().refine(isCurrency, 'Choose an ISO 4217 currency such as EUR or USD');

/** An ISO 3166-1 alpha-2 country code that may be left empty (undefined then). */
export const optionalCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => code === '' || countries().some((c) => c.code === code), 'Choose a country')
  .optional()
  .transform((value) => value || undefined);
