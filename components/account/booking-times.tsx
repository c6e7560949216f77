import { formatRange, zoneName } from '@/lib/format/date-time';
import { ViewerTime } from './viewer-time';

/** A booking's time in the listing's zone, named, and in the viewer's zone when that differs. */
export function BookingTimes({ startAt, endAt, timeZone }: { startAt: Date; endAt: Date; timeZone: string }) {
  return (
    <div>
      <p className="font-medium">
        <time dateTime={startAt.toISOString()}>{formatRange(startAt, endAt, timeZone)}</time>
      </p>
      <p className="text-sm text-slate-600">
        Local time at the venue ({zoneName(timeZone, startAt)}, {timeZone})
      </p>
      <ViewerTime startAt={startAt.toISOString()} endAt={endAt.toISOString()} timeZone={timeZone} />
    </div>
  );
}
