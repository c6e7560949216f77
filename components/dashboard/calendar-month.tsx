import Link from 'next/link';
import { CalendarEntryLink } from '@/components/dashboard/calendar-entry';
import { calendarHref, entriesOn, type CalendarDay, type CalendarEntry } from '@/lib/business/calendar';
import { formatLocalDate } from '@/lib/format/date-time';

const SHOWN_PER_DAY = 3;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The month as whole weeks from Monday; each day shows a few bookings and links to its week for the rest. */
export function CalendarMonth({ days, entries, listing, title }: { days: CalendarDay[]; entries: CalendarEntry[]; listing?: string; title: string }) {
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Bookings in {title}, one row per week</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            {WEEKDAYS.map((name) => (
              <th key={name} scope="col" className="px-2 py-2 font-semibold">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {weeks.map((week) => (
            <tr key={week[0]!.date} className="divide-x divide-slate-100 align-top">
              {week.map((day) => {
                const here = entriesOn(entries, day.date);
                const more = here.length - SHOWN_PER_DAY;
                const weekLink = calendarHref({ view: 'week', date: day.date, listing });
                return (
                  <td key={day.date} className={`h-28 px-1.5 py-1.5 ${day.inRange ? '' : 'bg-slate-50 text-slate-600'} ${day.isToday ? 'bg-brand-50' : ''}`}>
                    <Link
                      href={weekLink}
                      aria-current={day.isToday ? 'date' : undefined}
                      aria-label={`Week of ${formatLocalDate(day.date, { weekday: 'long', day: 'numeric', month: 'long' })}${here.length ? `, ${here.length} ${here.length === 1 ? 'booking' : 'bookings'}` : ''}`}
                      className="mb-1 inline-block rounded px-1 text-xs font-semibold hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                    >
                      {formatLocalDate(day.date, { day: 'numeric' })}
                    </Link>
                    {here.length > 0 ? (
                      <ul className="space-y-0.5">
                        {here.slice(0, SHOWN_PER_DAY).map((entry) => (
                          <li key={entry.id}>
                            <CalendarEntryLink entry={entry} date={day.date} compact />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {more > 0 ? (
                      <Link href={weekLink} className="mt-0.5 block text-xs font-medium text-brand-700 underline">
                        +{more} more<span className="sr-only"> on {formatLocalDate(day.date, { day: 'numeric', month: 'long' })}</span>
                      </Link>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
