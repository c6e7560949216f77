import { localDateOf, localMinuteOfDay, localTimeToInstant, parseClockTime } from '@/lib/domain/time';
import { ValidationFailed } from '@/lib/errors';

// Form values for dates and times ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm') are wall-clock values in
// the listing's zone, never the browser's: the server converts them with the listing's zone.

const LOCAL_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

export function toLocalInput(instant: Date, zone: string): string {
  const minutes = localMinuteOfDay(instant, zone);
  return `${localDateOf(instant, zone)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The instant a form value means in `zone`; a bare date means its local midnight. */
export function fromLocalInput(value: string, zone: string, field: string): Date {
  try {
    if (!LOCAL_VALUE.test(value)) throw new RangeError(value);
    const [date, time] = value.split('T') as [string, string | undefined];
    return localTimeToInstant(date, time ? parseClockTime(time) : 0, zone);
  } catch {
    throw new ValidationFailed('Enter a valid date and time.', { [field]: ['Enter a valid date and time'] });
  }
}
