import { localDateOf, localMinuteOfDay, localTimeToInstant, parseClockTime } from '@/lib/domain/time';
import { ValidationFailed } from '@/lib/errors';
import { LOCAL_DATE_TIME } from './schemas';

// <input type="datetime-local"> values ('YYYY-MM-DDTHH:mm') are wall-clock times in the listing's
// zone, never the browser's: the server converts them with the listing's zone.

export function toLocalInput(instant: Date, zone: string): string {
  const minutes = localMinuteOfDay(instant, zone);
  return `${localDateOf(instant, zone)}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function fromLocalInput(value: string, zone: string, field: string): Date {
  try {
    if (!LOCAL_DATE_TIME.test(value)) throw new RangeError(value);
    const [date, time] = value.split('T') as [string, string];
    return localTimeToInstant(date, parseClockTime(time), zone);
  } catch {
    throw new ValidationFailed('Enter a valid date and time.', { [field]: ['Enter a valid date and time'] });
  }
}
