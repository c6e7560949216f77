import { StatusBadge } from '@/components/bookings/status-badge';
import { formatMoney } from '@/lib/domain/money';
import { formatRange } from '@/lib/format/date-time';
import type { BookingEvent } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/domain/actor';
import { formatDateTime } from '@/lib/format/date-time';
import { actorLabel } from './format';

type EventData = { kind?: string; previous?: { startAt?: string; endAt?: string }; next?: { startAt?: string; endAt?: string }; refundAmount?: number };

type TimelineEvent = Omit<BookingEvent, 'internalNote'> & { internalNote?: string | null };

/** The booking's history, oldest first: when, from → to, who, and why (internal notes for the business's and operators' eyes only). */
export function BookingTimeline({ events, timeZone, currency, vendorName, viewer }: { events: TimelineEvent[]; timeZone: string; currency: string; vendorName: string; viewer: Actor }) {
  const range = (r?: { startAt?: string; endAt?: string }) => (r?.startAt && r.endAt ? formatRange(new Date(r.startAt), new Date(r.endAt), timeZone) : null);
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
      {events.map((event) => {
        const data = (event.data ?? {}) as EventData;
        const moved = data.kind === 'rescheduled' ? { from: range(data.previous), to: range(data.next) } : null;
        return (
          <li key={event.id} className="relative text-sm">
            <span className="absolute -left-[1.4rem] top-1.5 h-2.5 w-2.5 rounded-full bg-slate-400" aria-hidden="true" />
            <p className="text-slate-500">
              <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, timeZone)}</time>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-1.5">
              {moved ? (
                <span className="font-medium">Moved to a new time</span>
              ) : event.fromStatus ? (
                <>
                  <StatusBadge status={event.fromStatus} />
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">to</span>
                  <StatusBadge status={event.toStatus} />
                </>
              ) : (
                <>
                  <span className="font-medium">Booked:</span> <StatusBadge status={event.toStatus} />
                </>
              )}
              <span className="text-slate-600">by {actorLabel(event, viewer, vendorName)}</span>
            </p>
            {moved?.from && moved.to ? (
              <p className="mt-1 text-slate-700">
                From {moved.from} to {moved.to}
              </p>
            ) : null}
            {event.reason ? <p className="mt-1 text-slate-700">{data.kind === 'refund_issued' ? 'Message to the customer' : 'Reason'}: {event.reason}</p> : null}
            {event.internalNote && (viewer.kind === 'member' || viewer.kind === 'operator') ? (
              <p className="mt-1 text-slate-700" data-testid="internal-note">
                Internal note: {event.internalNote}
              </p>
            ) : null}
            {typeof data.refundAmount === 'number' && data.refundAmount > 0 ? (
              <p className="mt-1 text-slate-700">Refund due: {formatMoney(data.refundAmount, currency)}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
