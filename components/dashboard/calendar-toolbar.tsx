import Link from 'next/link';
import { Select } from '@/components/ui/field';
import { calendarHref } from '@/lib/business/calendar';

type Props = {
  view: 'week' | 'month';
  anchor: string;
  prev: string;
  next: string;
  listing?: string;
  listings: { id: string; title: string }[];
};

const baseClass = 'inline-flex items-center rounded-lg px-3 py-1.5 text-sm font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500';
const linkClass = `${baseClass} bg-white text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50`;
const currentClass = `${baseClass} bg-brand-600 text-white hover:bg-brand-700`;

/** Previous / today / next, week or month, and the listing filter: plain links and a GET form. */
export function CalendarToolbar({ view, anchor, prev, next, listing, listings }: Props) {
  const unit = view === 'week' ? 'week' : 'month';
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Calendar dates" className="flex flex-wrap items-center gap-2">
        <Link href={calendarHref({ view, date: prev, listing })} className={linkClass}>
          ← Previous<span className="sr-only"> {unit}</span>
        </Link>
        <Link href={calendarHref({ view, listing })} className={linkClass}>
          Today
        </Link>
        <Link href={calendarHref({ view, date: next, listing })} className={linkClass}>
          Next<span className="sr-only"> {unit}</span> →
        </Link>
        <span className="mx-1 h-6 w-px bg-slate-200" aria-hidden="true" />
        {(['week', 'month'] as const).map((option) => (
          <Link
            key={option}
            href={calendarHref({ view: option, date: anchor, listing })}
            aria-current={option === view ? 'page' : undefined}
            className={option === view ? currentClass : linkClass}
          >
            {option === 'week' ? 'Week' : 'Month'}
          </Link>
        ))}
      </nav>
      <form method="get" action="/dashboard/calendar" className="flex items-end gap-2">
        {view !== 'week' ? <input type="hidden" name="view" value={view} /> : null}
        <input type="hidden" name="date" value={anchor} />
        <div className="space-y-1">
          <label htmlFor="calendar-listing" className="block text-sm font-medium text-slate-800">
            Listing
          </label>
          <Select id="calendar-listing" name="listing" defaultValue={listing ?? ''} className="min-w-48">
            <option value="">All listings</option>
            {listings.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
          Show
        </button>
      </form>
    </div>
  );
}
