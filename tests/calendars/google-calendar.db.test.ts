import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appointmentSlotsBetween } from '@/lib/availability-queries/listing-availability';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import { googleEventId } from '@/lib/calendars/google/google-api';
import { completeGoogleConnection, disconnectGoogleCalendar, googleConnectUrl } from '@/lib/calendars/google/google-connection';
import { GOOGLE_SETTINGS_HINT, googleSettings } from '@/lib/calendars/google/google-settings';
import { syncExternalCalendar } from '@/lib/calendars/sync-external-calendars';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor, guestContact } from '../support/scenario';
import { FAKE_REFRESH_TOKEN, startFakeGoogle, type FakeGoogle } from './fake-google';

// Google Calendar for staff, against a local fake Google (OAuth token endpoint + Calendar API):
// connect with OAuth, pull busy times with freebusy into the same busy blocks as iCal feeds, push
// each confirmed booking as an event (update on reschedule, delete on cancel) through the outbox,
// refresh access tokens, disconnect.

let t: TestDatabase;
let google: FakeGoogle;
const saved = { ...process.env };

beforeAll(async () => {
  t = await useTestDatabase();
  google = await startFakeGoogle();
});
afterAll(() => google.close());
beforeEach(() => {
  Object.assign(process.env, google.env, { AUTH_SECRET: 'test-auth-secret-for-google-state', APP_URL: 'https://book.example.test' });
  google.busy = [{ start: '2031-01-14T10:00:00Z', end: '2031-01-14T11:00:00Z' }];
  google.revoked = [];
  google.accessTokenSeconds = 3600;
});
afterEach(() => {
  for (const key of [...Object.keys(google.env), 'AUTH_SECRET', 'APP_URL']) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

async function aCoach() {
  const world = await givenVendor(t.db).withAppointment({ title: 'Coaching' });
  return { ...world, actor: world.actor as MemberActor & { userId: string }, staff: world.staff[0]! };
}

/** The person clicks Connect, consents at Google, and comes back with a code. */
async function connect(world: Awaited<ReturnType<typeof aCoach>>) {
  const consent = new URL(await googleConnectUrl(t.db, world.actor, world.staff.id, googleSettings()));
  return completeGoogleConnection(t.db, world.actor, { code: 'good-code', state: consent.searchParams.get('state')! }, googleSettings(), { now: NOW });
}

const slotStarts = async (listingId: string) => (await appointmentSlotsBetween(t.db, listingId, '2031-01-14', '2031-01-14', { now: NOW })).slots.map((s) => s.startAt.toISOString());

describe('Google Calendar for staff', () => {
  it('says what to set when the server has no Google client', async () => {
    const world = await aCoach();
    delete process.env.GOOGLE_CLIENT_ID;
    expect(googleSettings()).toBeNull();
    await expect(googleConnectUrl(t.db, world.actor, world.staff.id, googleSettings())).rejects.toThrow(new PolicyViolation(GOOGLE_SETTINGS_HINT));
    expect(GOOGLE_SETTINGS_HINT).toMatch(/GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET/);
  });

  it('connects with OAuth (offline access), keeps the refresh token sealed, and pulls busy times that block slots', async () => {
    const world = await aCoach();
    const consent = new URL(await googleConnectUrl(t.db, world.actor, world.staff.id, googleSettings()));
    expect(consent.origin + consent.pathname).toBe(`${google.url}/auth`);
    expect(consent.searchParams.get('access_type')).toBe('offline');
    expect(consent.searchParams.get('client_id')).toBe(google.env.GOOGLE_CLIENT_ID);
    expect(consent.searchParams.get('redirect_uri')).toBe('https://book.example.test/api/dashboard/google/callback');
    expect(consent.searchParams.get('scope')).toContain('https://www.googleapis.com/auth/calendar.freebusy');

    const before = await slotStarts(world.listing.id);
    expect(before).toContain('2031-01-14T10:00:00.000Z');
    const { calendarId } = await completeGoogleConnection(t.db, world.actor, { code: 'good-code', state: consent.searchParams.get('state')! }, googleSettings(), { now: NOW });

    const connection = await t.db.googleCalendarConnection.findUniqueOrThrow({ where: { staffId: world.staff.id } });
    expect(connection.refreshTokenSealed).not.toContain(FAKE_REFRESH_TOKEN);
    expect(JSON.stringify(await t.db.externalCalendar.findMany({ where: { staffId: world.staff.id } }))).not.toContain(FAKE_REFRESH_TOKEN);
    const blocks = await t.db.externalBusyBlock.findMany({ where: { calendarId } });
    expect(blocks.map((b) => [b.staffId, b.startAt.toISOString(), b.endAt.toISOString()])).toEqual([[world.staff.id, '2031-01-14T10:00:00.000Z', '2031-01-14T11:00:00.000Z']]);
    const after = await slotStarts(world.listing.id);
    expect(after).not.toContain('2031-01-14T10:00:00.000Z');
    expect(after).not.toContain('2031-01-14T10:30:00.000Z');
    expect(after).toContain('2031-01-14T11:00:00.000Z');
    expect(before.filter((s) => !after.includes(s))).toEqual(['2031-01-14T09:30:00.000Z', '2031-01-14T10:00:00.000Z', '2031-01-14T10:30:00.000Z']);

    // Later syncs (the same cron as iCal feeds) follow Google: the busy time moved.
    google.busy = [{ start: '2031-01-14T15:00:00Z', end: '2031-01-14T16:00:00Z' }];
    expect(await syncExternalCalendar(t.db, calendarId, { now: NOW })).toMatchObject({ ok: true, busyTimes: 1 });
    expect(await slotStarts(world.listing.id)).toContain('2031-01-14T10:00:00.000Z');
  });

  it('pushes each confirmed booking as an event, moves it on reschedule and deletes it on cancel, refreshing access tokens', async () => {
    const world = await aCoach();
    await connect(world);
    google.accessTokenSeconds = 1; // every call needs a fresh access token from the refresh token
    const booking = await requestBooking(
      t.db,
      { listingId: world.listing.id, staffId: world.staff.id, startAt: at('2031-01-14T13:00:00Z'), endAt: at('2031-01-14T14:00:00Z'), contact: guestContact },
      { kind: 'guest' },
      { now: NOW },
    );
    expect(booking.status).toBe('CONFIRMED');
    await processOutbox(t.db, { now: NOW });
    const eventId = googleEventId(booking.id);
    expect(eventId).toMatch(/^[0-9a-v]{5,1024}$/);
    expect(google.events.get(eventId)).toMatchObject({ summary: `Coaching: Gia Guest (${booking.reference})`, start: { dateTime: '2031-01-14T13:00:00.000Z' }, end: { dateTime: '2031-01-14T14:00:00.000Z' } });

    await rescheduleBooking(t.db, booking.id, { startAt: '2031-01-15T09:00:00Z', endAt: '2031-01-15T10:00:00Z' }, world.actor, NOW);
    await processOutbox(t.db, { now: NOW });
    expect(google.events.get(eventId)).toMatchObject({ start: { dateTime: '2031-01-15T09:00:00.000Z' }, end: { dateTime: '2031-01-15T10:00:00.000Z' } });
    expect(google.events.size).toBe(1);

    await cancelBooking(t.db, booking.id, world.actor, 'Coach is ill', NOW);
    await processOutbox(t.db, { now: NOW });
    expect(google.events.has(eventId)).toBe(false);
    expect(google.grants.filter((g) => g === 'refresh_token').length).toBeGreaterThanOrEqual(2);
    const deliveries = await t.db.outboxDelivery.findMany({ where: { handler: 'google-calendar-push' } });
    expect(deliveries.map((d) => d.status)).toEqual(deliveries.map(() => 'SENT'));
  });

  it('disconnects: Google forgets the token, busy times stop blocking, nothing more is pushed', async () => {
    const world = await aCoach();
    const { calendarId } = await connect(world);
    await disconnectGoogleCalendar(t.db, world.actor, { staffId: world.staff.id }, googleSettings());
    expect(google.revoked).toContain(FAKE_REFRESH_TOKEN);
    expect(await t.db.googleCalendarConnection.count({ where: { staffId: world.staff.id } })).toBe(0);
    expect(await t.db.externalBusyBlock.count({ where: { calendarId } })).toBe(0);
    expect(await slotStarts(world.listing.id)).toContain('2031-01-14T10:00:00.000Z');
    const pushedBefore = google.events.size;
    await requestBooking(t.db, { listingId: world.listing.id, staffId: world.staff.id, startAt: at('2031-01-14T13:00:00Z'), endAt: at('2031-01-14T14:00:00Z'), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await processOutbox(t.db, { now: NOW });
    expect(google.events.size).toBe(pushedBefore);
  });

  it('belongs to the business: another business cannot connect, finish or disconnect its staff; a forged state is refused', async () => {
    const world = await aCoach();
    const other = await aCoach();
    await expect(googleConnectUrl(t.db, other.actor, world.staff.id, googleSettings())).rejects.toBeInstanceOf(NotFound);
    const consent = new URL(await googleConnectUrl(t.db, world.actor, world.staff.id, googleSettings()));
    await expect(completeGoogleConnection(t.db, other.actor, { code: 'good-code', state: consent.searchParams.get('state')! }, googleSettings())).rejects.toBeInstanceOf(ValidationFailed);
    await expect(completeGoogleConnection(t.db, world.actor, { code: 'good-code', state: 'forged' }, googleSettings())).rejects.toBeInstanceOf(ValidationFailed);
    await connect(world);
    await expect(disconnectGoogleCalendar(t.db, other.actor, { staffId: world.staff.id }, googleSettings())).rejects.toBeInstanceOf(NotFound);
  });

  it('records a reason the business understands when Google refuses the token', async () => {
    const world = await aCoach();
    const { calendarId } = await connect(world);
    google.revoked.push(FAKE_REFRESH_TOKEN); // the person removed Bookwell's access in their Google account
    const result = await syncExternalCalendar(t.db, calendarId, { now: NOW });
    expect(result).toEqual({ calendarId, ok: false, error: 'Google refused access to the calendar: disconnect and connect it again.' });
    expect(await t.db.externalBusyBlock.count({ where: { calendarId } })).toBe(1); // stale busy times are safer than none
  });
});
