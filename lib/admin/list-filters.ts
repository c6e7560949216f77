import { z } from 'zod';
import { localDate } from '@/lib/validation/fields';

// Console lists read their filters from the URL: anything malformed is ignored, never an error page.

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

/** An optional filter: empty or invalid values mean "no filter". */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional().catch(undefined));

export const enumFilter = <T extends string>(values: readonly T[]) => optional(z.enum(values as [T, ...T[]]));
export const searchFilter = optional(z.string().trim().min(1).max(100));
export const pageFilter = optional(z.coerce.number().int().min(1).max(1000));
export const dateFilter = optional(localDate());

export const PAGE_SIZE = 25;

export type Paged<T> = { rows: T[]; total: number; page: number; pageCount: number };

/** Skip/take for a page, and the page count for a total. */
export function paging(page: number | undefined) {
  const current = page ?? 1;
  return {
    page: current,
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    result: <T>(rows: T[], total: number): Paged<T> => ({ rows, total, page: current, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) }),
  };
}
