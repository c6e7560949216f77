import type { BookingEvent } from '@/lib/generated/prisma/client';
import { Instant, JsonView } from './list-parts';

const words = (status: string | null) => (status ? status.replace('_', ' ').toLowerCase() : 'new');

/** The booking's events as recorded (who by type and id, reason, data): the operator's read-only view. */
export function BookingEvents({ events }: { events: BookingEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No events.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm" aria-label="Booking events, oldest first">
      {events.map((e) => (
        <li key={e.id} className="space-y-1 py-2">
          <p>
            <span className="font-medium">
              {words(e.fromStatus)} → {words(e.toStatus)}
            </span>{' '}
            <span className="text-slate-600">
              by {e.actorType.toLowerCase()}
              {e.actorId ? <span className="font-mono text-xs"> {e.actorId}</span> : null}
            </span>
          </p>
          <p className="text-xs text-slate-500">
            <Instant at={e.createdAt} />
          </p>
          {e.reason ? <p className="text-slate-700">Reason: {e.reason}</p> : null}
          <JsonView value={e.data} summary="Event data" />
        </li>
      ))}
    </ol>
  );
}
