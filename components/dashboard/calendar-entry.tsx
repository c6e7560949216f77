import Link from 'next/link';
import { CALENDAR_STATUS_STYLES } from '@/components/dashboard/calendar-status';
import type { CalendarEntry } from '@/lib/business/calendar';

/** One booking on one day: reference, guest, time that day and status, linking to the booking. */
export function CalendarEntryLink({ entry, date, compact = false, showListing = false }: { entry: CalendarEntry; date: string; compact?: boolean; showListing?: boolean }) {
  const style = CALENDAR_STATUS_STYLES[entry.status];
  const time = entry.timeOn[date] ?? '';
  return (
    <Link
      href={`/dashboard/bookings/${entry.id}`}
      className={`block rounded border-l-4 px-2 py-1 text-xs leading-snug hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 ${style.chip}`}
      data-testid="calendar-booking"
    >
      {compact ? (
        <span className="block truncate">
          <span className="tabular-nums">{time}</span> <span className="font-semibold">{entry.reference}</span>
          <span className="sr-only">
            , {entry.contactName}, {entry.listingTitle}, {style.label}
          </span>
        </span>
      ) : (
        <>
          <span className="block font-semibold">{entry.reference}</span>
          <span className="block truncate">{entry.contactName}</span>
          {showListing ? <span className="block truncate">{entry.listingTitle}</span> : null}
          <span className="block tabular-nums">
            {time}
            {entry.listingLocalStart ? <span className="text-[11px]"> (starts {entry.listingLocalStart})</span> : null}
          </span>
          <span className="block text-[11px] font-medium uppercase tracking-wide">{style.label}</span>
        </>
      )}
    </Link>
  );
}
