import type { BookingDays } from '@/lib/domain/booking-days';
import { DateTime } from 'luxon';

const dayLabel = (date: string) => DateTime.fromISO(date).toFormat('ccc d LLL');

/**
 * Days used and remaining of a multi-day booking, with a strip of its days (checked-in days marked
 * for desks). Dates are the listing's local days.
 */
export function DaysUsed({ days, showCheckIns }: { days: BookingDays; showCheckIns: boolean }) {
  const percent = Math.round((days.usedDays / days.totalDays) * 100);
  return (
    <div className="space-y-3 text-sm" data-testid="days-used">
      <p className="font-medium">
        {days.usedDays} of {days.totalDays} days used · {days.remainingDays} {days.remainingDays === 1 ? 'day' : 'days'} remaining
      </p>
      <div className="h-2 w-full overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-label="Days used" aria-valuemin={0} aria-valuemax={days.totalDays} aria-valuenow={days.usedDays}>
        <div className="h-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      {days.today ? <p className="text-slate-600">Today is day {days.usedDays} ({dayLabel(days.today)}).</p> : null}
      {showCheckIns ? (
        <>
          <p className="text-slate-600">
            Checked in on {days.checkedInDays} of {days.usedDays} {days.usedDays === 1 ? 'day' : 'days'} so far.
          </p>
          <ol className="grid grid-cols-7 gap-1" aria-label="Days of the booking">
            {days.days.map((day) => (
              <li
                key={day.date}
                title={`${dayLabel(day.date)}: ${day.checkedIn ? 'checked in' : day.state === 'upcoming' ? 'to come' : 'no check-in'}`}
                className={`rounded px-1 py-1 text-center text-xs ${day.checkedIn ? 'bg-emerald-700 text-white' : day.state === 'upcoming' ? 'bg-slate-50 text-slate-700' : 'bg-slate-200 text-slate-800'} ${day.state === 'today' ? 'ring-2 ring-brand-600' : ''}`}
              >
                <span aria-hidden="true">{DateTime.fromISO(day.date).day}</span>
                <span className="sr-only">
                  {dayLabel(day.date)}: {day.checkedIn ? 'checked in' : day.state === 'upcoming' ? 'to come' : 'no check-in'}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
