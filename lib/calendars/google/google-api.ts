import 'server-only';
// The Google clients, pointed at Google or (tests, local development) at a fake that speaks the same
// HTTP: the Calendar API's rootUrl and the OAuth endpoints come from the settings.
import { calendar, type calendar_v3 } from '@googleapis/calendar';
import { OAuth2Client } from 'google-auth-library';
import type { GoogleSettings } from './google-settings';

export const GOOGLE_SCOPES = ['https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/calendar.freebusy'];

export function oauthClient(settings: GoogleSettings): OAuth2Client {
  return new OAuth2Client({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    redirectUri: settings.redirectUri,
    endpoints: {
      ...(settings.authUrl ? { oauth2AuthBaseUrl: settings.authUrl } : {}),
      ...(settings.tokenUrl ? { oauth2TokenUrl: settings.tokenUrl } : {}),
      ...(settings.revokeUrl ? { oauth2RevokeUrl: settings.revokeUrl } : {}),
    },
  });
}

/** The Calendar API acting for one connected account: the library trades the refresh token for access tokens as they expire. */
export function calendarApi(settings: GoogleSettings, refreshToken: string): calendar_v3.Calendar {
  const auth = oauthClient(settings);
  auth.setCredentials({ refresh_token: refreshToken });
  return calendar({ version: 'v3', auth, ...(settings.apiRootUrl ? { rootUrl: settings.apiRootUrl.replace(/\/?$/, '/') } : {}) });
}

/** Google's HTTP status of a failed call (404 = no such event, 410 = already deleted), if any. */
export function googleStatus(error: unknown): number | undefined {
  const e = error as { status?: unknown; code?: unknown; response?: { status?: unknown } };
  const status = e?.response?.status ?? e?.status ?? e?.code;
  return typeof status === 'number' ? status : undefined;
}

/** Google event ids are 5–1024 characters of base32hex (0-9, a-v): the booking id's hex digits, prefixed. */
export const googleEventId = (bookingId: string) => `bk${bookingId.replace(/-/g, '').toLowerCase()}`;
