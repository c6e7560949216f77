import { CalendarEntryLink } from '@/components/dashboard/calendar-entry';
import { entriesOn, type CalendarDay, type CalendarEntry, type CalendarResource } from '@/lib/business/calendar';
import { formatLocalDate } from '@/lib/format/date-time';

const GROUPS = [
  { group: 'UNITS', title: 'Rental units' },
  { group: 'SESSIONS', title: 'Sessions' },
  { group: 'STAFF', title: 'Staff' },
] as const;

const dayName = (date: string) => formatLocalDate(date, { weekday: 'short', day: 'numeric', month: 'short' });

/**
 * The week: on wide screens a table with one row per unit, session listing and staff member and a
 * column per day; on small screens an agenda with a heading per day.
 */
export function CalendarWeek({ days, resources, entries, zone }: { days: CalendarDay[]; resources: CalendarResource[]; entries: CalendarEntry[]; zone: string }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-2xl border border-slate-200 bg-white md:block">
        <table className="w-full min-w-[56rem] table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">Bookings by unit, session and staff member, one column per day (times in {zone})</caption>
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-600">
              <th scope="col" className="w-44 px-3 py-2 font-semibold">
                Resource
              </th>
              {days.map((day) => (
                <th key={day.date} scope="col" aria-current={day.isToday ? 'date' : undefined} className={`px-2 py-2 font-semibold ${day.isToday ? 'bg-brand-50 text-brand-900' : ''}`}>
                  {dayName(day.date)}
                  {day.isToday ? <span className="block text-[11px] font-normal">Today</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          {GROUPS.map(({ group, title }) => {
            const rows = resources.filter((r) => r.group === group);
            if (rows.length === 0) return null;
            return (
              <tbody key={group} className="divide-y divide-slate-100">
                <tr className="bg-slate-50">
                  <th scope="colgroup" colSpan={8} className="px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600">
                    {title}
                  </th>
                </tr>
                {rows.map((resource) => (
                  <tr key={resource.key} className="align-top">
                    <th scope="row" className="px-3 py-2 font-medium">
                      <span className="block">{resource.label}</span>
                      <span className="block text-xs font-normal text-slate-500">{resource.detail}</span>
                    </th>
                    {days.map((day) => {
                      const here = entriesOn(entries, day.date, resource.key);
                      return (
                        <td key={day.date} className={`px-1.5 py-1.5 ${day.isToday ? 'bg-brand-50/40' : ''}`}>
                          {here.length > 0 ? (
                            <ul className="space-y-1">
                              {here.map((entry) => (
                                <li key={entry.id}>
                                  <CalendarEntryLink entry={entry} date={day.date} />
                                </li>
                              ))}
                            </ul>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>

      <div className="space-y-4 md:hidden">
        {days.map((day) => {
          const here = entriesOn(entries, day.date);
          return (
            <section key={day.date} aria-labelledby={`agenda-${day.date}`} className="rounded-2xl border border-slate-200 bg-white p-3">
              <h2 id={`agenda-${day.date}`} className="text-sm font-semibold">
                {formatLocalDate(day.date, { weekday: 'long', day: 'numeric', month: 'long' })}
                {day.isToday ? <span className="ml-2 text-xs font-normal text-brand-700">Today</span> : null}
              </h2>
              {here.length === 0 ? (
                <p className="mt-1 text-sm text-slate-500">No bookings</p>
              ) : (
                <ul className="mt-2 space-y-1.5">
                  {here.map((entry) => (
                    <li key={entry.id}>
                      <CalendarEntryLink entry={entry} date={day.date} showListing />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
