import 'server-only';
// Busy times of a connected Google Calendar, from the freebusy API, for the same busy blocks as iCal feeds.
import { calendarApi, googleStatus } from './google-api';
import type { GoogleSettings } from './google-settings';
import { openToken } from './sealed-token';

/** A Google sync problem, worded for the business (stored as the calendar's lastError). */
export class GoogleSyncError extends Error {}

export async function googleBusyTimes(
  settings: GoogleSettings | null,
  connection: { googleCalendarId: string; refreshTokenSealed: string },
  window: { from: Date; to: Date },
): Promise<Array<{ uid: string; startAt: Date; endAt: Date }>> {
  if (!settings) throw new GoogleSyncError('Google Calendar is not set up on this server (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET).');
  const api = calendarApi(settings, openToken(connection.refreshTokenSealed));
  try {
    const { data } = await api.freebusy.query({
      requestBody: { timeMin: window.from.toISOString(), timeMax: window.to.toISOString(), items: [{ id: connection.googleCalendarId }] },
    });
    const answer = data.calendars?.[connection.googleCalendarId];
    if (answer?.errors?.length) throw new GoogleSyncError(`Google could not read the calendar (${answer.errors[0]!.reason ?? 'unknown reason'}).`);
    return (answer?.busy ?? []).flatMap((b) => {
      const startAt = new Date(b.start ?? '');
      const endAt = new Date(b.end ?? '');
      return Number.isNaN(startAt.getTime()) || Number.isNaN(endAt.getTime()) || endAt <= startAt ? [] : [{ uid: `google-busy-${startAt.toISOString()}`, startAt, endAt }];
    });
  } catch (error) {
    if (error instanceof GoogleSyncError) throw error;
    const status = googleStatus(error);
    if (status === 400 || status === 401 || /invalid_grant/.test(String((error as Error)?.message))) {
      throw new GoogleSyncError('Google refused access to the calendar: disconnect and connect it again.');
    }
    throw new GoogleSyncError('Google Calendar could not be reached; we will try again.');
  }
}
