import Link from 'next/link';
import { formatLocalDate, formatMonth } from '@/lib/format/date-time';

type Day = { date: string; bookable: boolean; note?: string };

const dayLabel = (date: string) => formatLocalDate(date, { weekday: 'long', day: 'numeric', month: 'long' });
const monthLabel = formatMonth;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * A server-rendered month grid. Bookable days are links (keyboard reachable, soft navigation
 * without a full page reload); the chosen day is marked with aria-current.
 */
export function MonthCalendar({
  month,
  days,
  selectedDate,
  href,
  previousMonth,
  nextMonth,
}: {
  month: string;
  days: Day[];
  selectedDate?: string;
  href: (params: { month: string; date?: string }) => string;
  previousMonth: string | null;
  nextMonth: string;
}) {
  const leadingBlanks = (new Date(`${month}-01T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: Array<Day | null> = [...Array.from({ length: leadingBlanks }, () => null), ...days];
  const weeks: Array<Array<Day | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between">
        {previousMonth ? (
          <Link href={href({ month: previousMonth })} scroll={false} className="rounded-md px-2 py-1 text-sm hover:bg-slate-100" aria-label={`Previous month, ${monthLabel(previousMonth)}`}>
            ←
          </Link>
        ) : (
          <span aria-hidden="true" className="px-2 py-1 text-sm text-slate-300">
            ←
          </span>
        )}
        <h3 className="text-sm font-semibold" id={`calendar-${month}`}>
          {monthLabel(month)}
        </h3>
        <Link href={href({ month: nextMonth })} scroll={false} className="rounded-md px-2 py-1 text-sm hover:bg-slate-100" aria-label={`Next month, ${monthLabel(nextMonth)}`}>
          →
        </Link>
      </div>
      <table className="w-full table-fixed text-center text-sm" aria-labelledby={`calendar-${month}`}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="pb-1 text-xs font-medium text-slate-500">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => (
                <td key={j} className="p-0.5">
                  {day === null ? null : day.bookable ? (
                    <Link
                      href={href({ month, date: day.date })}
                      scroll={false}
                      aria-label={`${dayLabel(day.date)}${day.note ? `, ${day.note}` : ', available'}`}
                      aria-current={day.date === selectedDate ? 'date' : undefined}
                      className={`block rounded-lg py-2 font-medium ${day.date === selectedDate ? 'bg-brand-600 text-white' : 'bg-brand-50 text-brand-900 hover:bg-brand-100'}`}
                    >
                      {Number(day.date.slice(8))}
                    </Link>
                  ) : (
                    <span aria-label={`${dayLabel(day.date)}, unavailable`} className="block rounded-lg py-2 text-slate-500 line-through decoration-slate-400">
                      {Number(day.date.slice(8))}
                    </span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
