import { ActionButton } from '@/components/dashboard/action-button';
import { SyncCalendarButton } from '@/components/dashboard/staff-forms';
import { removeExternalCalendarAction } from '@/lib/actions/business/staff';
import { formatDateTime } from '@/lib/format/date-time';

type Calendar = { id: string; name: string; url: string; lastSyncedAt: Date | null; lastError: string | null; lastWarning: string | null; _count: { busyBlocks: number } };

/** The host and the start of the path: enough to recognise the calendar without showing its secret. */
function maskedAddress(url: string) {
  const { host, pathname } = new URL(url);
  return `${host}${pathname.length > 16 ? `${pathname.slice(0, 12)}…` : pathname}`;
}

/** A staff member's or a unit's external calendars: how each last synced, what it left out, sync now, remove. */
export function ExternalCalendarList({ calendars, zone }: { calendars: Calendar[]; zone: string }) {
  return (
    <>
          {calendars.length === 0 ? <p className="text-sm text-slate-600">No external calendars yet.</p> : null}
          <ul className="divide-y divide-slate-100 text-sm" aria-label="External calendars">
            {calendars.map((calendar) => (
              <li key={calendar.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0 space-y-0.5">
                  <span className="block font-medium">{calendar.name}</span>
                  <span className="block break-all text-xs text-slate-500">{maskedAddress(calendar.url)}</span>
                  <span className="block text-xs text-slate-600">
                    {calendar.lastSyncedAt ? `Last synced ${formatDateTime(calendar.lastSyncedAt, zone, { withZone: true })} · ${calendar._count.busyBlocks} busy times` : 'Not synced yet'}
                  </span>
                  {calendar.lastError ? <span className="block text-xs text-red-700">Last sync failed: {calendar.lastError}</span> : null}
                  {calendar.lastWarning ? <span className="block text-xs text-amber-800">{calendar.lastWarning}</span> : null}
                </span>
                <span className="flex flex-wrap items-start gap-2">
                  <SyncCalendarButton calendarId={calendar.id} calendarName={calendar.name} />
                  <ActionButton action={removeExternalCalendarAction} input={{ calendarId: calendar.id }} variant="ghost" confirm={`Remove ${calendar.name}? Its busy times stop blocking bookings.`}>
                    Remove
                  </ActionButton>
                </span>
              </li>
            ))}
          </ul>
    </>
  );
}
