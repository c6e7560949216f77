import Link from 'next/link';
import type { ReactNode } from 'react';
import { ButtonLink } from '@/components/ui/button';
import { Field, Select } from '@/components/ui/field';
import { formatUtcInstant } from '@/lib/format/date-time';

// Building blocks of the console's list pages: a GET filter form (everything in the URL), a count,
// a pager that keeps the filters, and read-only JSON.

export type RawParams = Record<string, string | undefined>;

export async function flatParams(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<RawParams> {
  return Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

export function hrefWith(path: string, params: RawParams, changes: RawParams = {}): string {
  const merged = Object.entries({ ...params, ...changes }).filter((e): e is [string, string] => !!e[1]);
  const query = new URLSearchParams(merged).toString();
  return query ? `${path}?${query}` : path;
}

export function PageHeader({ title, count, noun, children }: { title: string; count?: number; noun?: [string, string]; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-2">
      <div>
        <p className="text-sm text-slate-500">
          <Link href="/admin" className="hover:underline">
            Operator console
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{title}</h1>
        {children}
      </div>
      {count !== undefined && noun ? (
        <p className="text-sm text-slate-600" role="status" data-testid="result-count">
          {count} {count === 1 ? noun[0] : noun[1]}
        </p>
      ) : null}
    </div>
  );
}

export function FilterForm({ path, label, children }: { path: string; label: string; children: ReactNode }) {
  return (
    <form method="get" action={path} role="search" aria-label={label} className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
      {children}
      <div className="flex items-end gap-2">
        <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Filter
        </button>
        <ButtonLink href={path} variant="ghost">
          Clear
        </ButtonLink>
      </div>
    </form>
  );
}

export function Pager({ path, params, page, pageCount }: { path: string; params: RawParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex justify-between text-sm">
      {page > 1 ? <Link href={hrefWith(path, params, { page: String(page - 1) })}>Previous</Link> : <span />}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? <Link href={hrefWith(path, params, { page: String(page + 1) })}>Next</Link> : <span />}
    </nav>
  );
}

export function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-4 py-3">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">{children}</tbody>
      </table>
    </div>
  );
}

export const cell = 'px-4 py-3';

/** A stored payload, shown as it is and never editable. */
export function JsonView({ value, summary = 'Payload' }: { value: unknown; summary?: string }) {
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-brand-700 underline">{summary}</summary>
      <pre className="mt-2 max-h-72 max-w-xl overflow-auto whitespace-pre-wrap break-all rounded-lg bg-slate-50 p-3 text-slate-800">{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** A row action behind a disclosure, so a long table stays readable. */
export function RowAction({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="min-w-56">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}

/** System timestamps in UTC, labelled as such. */
export function Instant({ at }: { at: Date | null | undefined }) {
  if (!at) return <span className="text-slate-400">—</span>;
  return <time dateTime={at.toISOString()}>{formatUtcInstant(at)}</time>;
}

type Choice = string | { value: string; label: string };

/** A filter's select: the "any" choice first, then the values (enum values read in lower case). */
export function FilterSelect(props: { id: string; label: string; name: string; value?: string | null; any: string; choices: readonly Choice[] }) {
  return (
    <Field id={props.id} label={props.label}>
      <Select id={props.id} name={props.name} defaultValue={props.value ?? ''}>
        <option value="">{props.any}</option>
        {props.choices.map((choice) => {
          const { value, label } = typeof choice === 'string' ? { value: choice, label: choice.replaceAll('_', ' ').toLowerCase() } : choice;
          return (
            <option key={value} value={value}>
              {label}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}
