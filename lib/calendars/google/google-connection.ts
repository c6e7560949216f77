import 'server-only';
// Connecting a staff member's Google Calendar (OAuth "offline" access), and disconnecting it. The
// connection is an external calendar whose busy times come from Google's freebusy API (same busy
// blocks, same cron, same sync status in the dashboard) plus the sealed refresh token used to pull
// and to push bookings (lib/calendars/google/google-push.ts).
import { SignJWT, jwtVerify } from 'jose';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { ownStaffMember } from '@/lib/business/ownership';
import { syncExternalCalendar } from '../sync-external-calendars';
import { GOOGLE_SCOPES, oauthClient } from './google-api';
import { GOOGLE_SETTINGS_HINT, type GoogleSettings } from './google-settings';
import { openToken, sealToken } from './sealed-token';

const STATE_TTL = '15m';

function stateKey(): Uint8Array {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is required to connect Google Calendar.');
  return new TextEncoder().encode(`google-oauth-state:${secret}`);
}

function requireSettings(settings: GoogleSettings | null): GoogleSettings {
  if (!settings) throw new PolicyViolation(GOOGLE_SETTINGS_HINT);
  return settings;
}

/** Google's consent page for this staff member's calendar; the signed state ties the answer to this member and staff member. */
export async function googleConnectUrl(db: Db, actor: MemberActor & { userId: string }, staffId: string, settings: GoogleSettings | null): Promise<string> {
  const google = requireSettings(settings);
  const staff = await ownStaffMember(db, actor, staffId);
  const state = await new SignJWT({ staffId: staff.id, vendorId: actor.vendorId }).setProtectedHeader({ alg: 'HS256' }).setSubject(actor.userId).setIssuedAt().setExpirationTime(STATE_TTL).sign(stateKey());
  return oauthClient(google).generateAuthUrl({ access_type: 'offline', prompt: 'consent', scope: GOOGLE_SCOPES, state, include_granted_scopes: true });
}

async function readState(actor: MemberActor & { userId: string }, state: string): Promise<string> {
  try {
    const { payload } = await jwtVerify(state, stateKey(), { algorithms: ['HS256'] });
    if (payload.sub !== actor.userId || payload.vendorId !== actor.vendorId || typeof payload.staffId !== 'string') throw new Error('state of someone else');
    return payload.staffId;
  } catch {
    throw new ValidationFailed('The Google sign-in expired or belongs to another session. Please connect again.', {});
  }
}

/** Google sent the person back with a code: trade it for tokens, keep the refresh token sealed, and pull the busy times once. */
export async function completeGoogleConnection(
  db: Db,
  actor: MemberActor & { userId: string },
  input: { code: string; state: string },
  settings: GoogleSettings | null,
  options: { now?: Date } = {},
): Promise<{ staffId: string; calendarId: string }> {
  const google = requireSettings(settings);
  const staffId = await readState(actor, input.state);
  const staff = await ownStaffMember(db, actor, staffId);
  let refreshToken: string | null | undefined;
  try {
    refreshToken = (await oauthClient(google).getToken(input.code)).tokens.refresh_token;
  } catch {
    throw new ValidationFailed('Google did not accept the sign-in. Please connect again.', {});
  }
  if (!refreshToken) throw new ValidationFailed('Google did not grant offline access. Remove Bookwell from your Google account’s third-party access and connect again.', {});

  const calendarId = await db.$transaction(async (tx) => {
    // Reconnecting replaces the old connection (and its busy times) as a whole.
    await tx.externalCalendar.deleteMany({ where: { staffId: staff.id, google: { isNot: null } } });
    const calendar = await tx.externalCalendar.create({ data: { staffId: staff.id, name: 'Google Calendar', url: `google:${staff.id}` } });
    await tx.googleCalendarConnection.create({ data: { externalCalendarId: calendar.id, staffId: staff.id, refreshTokenSealed: sealToken(refreshToken), connectedById: actor.userId } });
    return calendar.id;
  });
  await syncExternalCalendar(db, calendarId, { now: options.now, google });
  return { staffId: staff.id, calendarId };
}

/** Stops pulling and pushing: Google is asked to forget the token (best effort) and the connection and its busy times are removed. */
export async function disconnectGoogleCalendar(db: Db, actor: MemberActor, input: { staffId: string }, settings: GoogleSettings | null): Promise<void> {
  const connection = await db.googleCalendarConnection.findFirst({ where: { staffId: input.staffId, staff: { vendorId: actor.vendorId } } });
  if (!connection) throw new NotFound('No Google Calendar is connected.');
  if (settings) {
    try {
      await oauthClient(settings).revokeToken(openToken(connection.refreshTokenSealed));
    } catch (error) {
      console.warn('Google token revocation failed; disconnecting anyway', error);
    }
  }
  await db.externalCalendar.deleteMany({ where: { id: connection.externalCalendarId } });
}
