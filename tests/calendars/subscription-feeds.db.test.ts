import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestBooking } from '@/lib/booking/request-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { issueCustomerFeed, issueVendorFeed, readSubscriptionFeed, revokeCustomerFeed, revokeVendorFeed } from '@/lib/calendars/subscription-feeds';
import type { MemberActor } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, at, givenVendor, guestContact, hoursAfter } from '../support/scenario';

// Subscription feeds: secret links a calendar app polls, listing confirmed bookings of a business,
// one staff member, one unit, or a customer's own — each read back by two independent parsers
// (ical.js and node-ical), with the bookings' stable UIDs. A new link kills the old one.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.DATABASE_URL = t.url; // the route handler uses the app's own client
});

const tokenOf = (url: string) => url.match(/\/calendars\/([A-Za-z0-9_-]+)\.ics$/)![1]!;

type Event = { uid: string; start: string; end: string; summary: string };

/** The events as ical.js reads them. */
function withIcalJs(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent, { exceptions: [] });
    return { uid: event.uid, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), summary: event.summary };
  });
}

/** The same events as node-ical (an independent implementation) reads them. */
function withNodeIcal(ics: string): Event[] {
  return Object.values(nodeIcal.sync.parseICS(ics))
    .filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT')
    .map((e) => ({ uid: e.uid, start: e.start.toISOString(), end: (e.end ?? e.start).toISOString(), summary: String(e.summary) }));
}

const sorted = (events: Event[]) => [...events].sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));

async function readEvents(url: string) {
  const { ics } = await readSubscriptionFeed(t.db, tokenOf(url), NOW);
  const events = sorted(withIcalJs(ics));
  expect(sorted(withNodeIcal(ics))).toEqual(events);
  return { ics, events };
}

async function aBusiness() {
  const vendor = givenVendor(t.db, { timeZone: 'America/New_York', currency: 'USD' });
  const appointment = await vendor.withAppointment({ staff: [{ name: 'Ada' }, { name: 'Bo' }], title: 'Haircut' });
  const rental = await vendor.withRental({ units: 2, title: 'Kayak' });
  const customer = await aCustomer(t.db);
  const book = async (listingId: string, startIso: string, hours: number, extra: { staffId?: string } = {}, actor: { kind: 'customer'; userId: string } | { kind: 'guest' } = { kind: 'guest' }) => {
    const start = at(startIso);
    return requestBooking(t.db, { listingId, startAt: start, endAt: hoursAfter(start, hours), contact: guestContact, ...extra }, actor, { now: NOW });
  };
  const [ada, bo] = appointment.staff;
  const withAda = await book(appointment.listing.id, '2031-01-13T15:00:00Z', 1, { staffId: ada!.id }, { kind: 'customer', userId: customer.userId });
  const withBo = await book(appointment.listing.id, '2031-01-13T16:00:00Z', 1, { staffId: bo!.id });
  const kayak1 = await book(rental.listing.id, '2031-01-14T14:00:00Z', 2);
  const kayak2 = await book(rental.listing.id, '2031-01-14T14:00:00Z', 3, {}, { kind: 'customer', userId: customer.userId });
  const cancelled = await book(rental.listing.id, '2031-01-15T14:00:00Z', 1, {}, { kind: 'customer', userId: customer.userId });
  await cancelBooking(t.db, cancelled.id, appointment.actor, 'Storm', NOW);
  const unitOf = async (bookingId: string) => (await t.db.bookingAllocation.findFirstOrThrow({ where: { bookingId } })).unitId!;
  return { actor: appointment.actor as MemberActor, ada: ada!, bo: bo!, customer, withAda, withBo, kayak1, kayak2, cancelled, kayak1Unit: await unitOf(kayak1.id) };
}

const uid = (booking: { id: string }) => `booking-${booking.id}@bookwell`;

describe('subscription feeds', () => {
  it('lists a business’s confirmed bookings, one staff member’s, or one unit’s, with the invites’ UIDs and exact UTC times', async () => {
    const w = await aBusiness();
    for (const b of [w.withAda, w.withBo, w.kayak1, w.kayak2]) expect(b.status).toBe('CONFIRMED');

    const business = await issueVendorFeed(t.db, w.actor, { scope: 'business' }, NOW);
    expect(business.webcalUrl).toBe(business.url.replace(/^https?:\/\//, 'webcal://'));
    const { ics, events } = await readEvents(business.url);
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toMatch(/X-PUBLISHED-TTL:PT15M/);
    expect(events.map((e) => e.uid).sort()).toEqual([uid(w.withAda), uid(w.withBo), uid(w.kayak1), uid(w.kayak2)].sort());
    expect(events.find((e) => e.uid === uid(w.withAda))).toMatchObject({ start: '2031-01-13T15:00:00.000Z', end: '2031-01-13T16:00:00.000Z', summary: 'Haircut: Gia Guest with Ada' });
    expect(events.find((e) => e.uid === uid(w.kayak2))).toMatchObject({ start: '2031-01-14T14:00:00.000Z', end: '2031-01-14T17:00:00.000Z' });
    expect(events.map((e) => e.uid)).not.toContain(uid(w.cancelled));

    const ada = await issueVendorFeed(t.db, w.actor, { scope: 'staff', staffId: w.ada.id }, NOW);
    expect((await readEvents(ada.url)).events.map((e) => e.uid)).toEqual([uid(w.withAda)]);
    const unit = await issueVendorFeed(t.db, w.actor, { scope: 'unit', unitId: w.kayak1Unit }, NOW);
    expect((await readEvents(unit.url)).events.map((e) => e.uid)).toEqual([uid(w.kayak1)]);

    // The same bookings give the same bytes, so the ETag lets calendar apps skip unchanged feeds.
    expect((await readSubscriptionFeed(t.db, tokenOf(business.url), NOW)).etag).toBe((await readSubscriptionFeed(t.db, tokenOf(business.url), hoursAfter(NOW, 1))).etag);
  });

  it('gives a customer a feed of their own confirmed bookings only', async () => {
    const w = await aBusiness();
    const feed = await issueCustomerFeed(t.db, w.customer.userId, NOW);
    const { events } = await readEvents(feed.url);
    expect(events.map((e) => e.uid)).toEqual([uid(w.withAda), uid(w.kayak2)]);
    expect(events[0]!.summary).toMatch(/^Haircut · Vendor /);
    await revokeCustomerFeed(t.db, w.customer.userId, NOW);
    await expect(readSubscriptionFeed(t.db, tokenOf(feed.url), NOW)).rejects.toBeInstanceOf(NotFound);
  });

  it('kills the old link when a new one is made, and every link when turned off; unknown links are not found', async () => {
    const w = await aBusiness();
    const first = await issueVendorFeed(t.db, w.actor, { scope: 'staff', staffId: w.bo.id }, NOW);
    const second = await issueVendorFeed(t.db, w.actor, { scope: 'staff', staffId: w.bo.id }, NOW);
    expect(second.url).not.toBe(first.url);
    await expect(readSubscriptionFeed(t.db, tokenOf(first.url), NOW)).rejects.toBeInstanceOf(NotFound);
    expect((await readEvents(second.url)).events.map((e) => e.uid)).toEqual([uid(w.withBo)]);
    await revokeVendorFeed(t.db, w.actor, { scope: 'staff', staffId: w.bo.id }, NOW);
    await expect(readSubscriptionFeed(t.db, tokenOf(second.url), NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(readSubscriptionFeed(t.db, 'A'.repeat(43), NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(readSubscriptionFeed(t.db, '../etc/passwd', NOW)).rejects.toBeInstanceOf(NotFound);
    // Only the hash is stored: the token itself is nowhere in the table.
    const rows = await t.db.calendarFeed.findMany({ where: { staffId: w.bo.id } });
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(tokenOf(second.url));
  });

  it('refuses another business’s staff and units as not found', async () => {
    const w = await aBusiness();
    const other = await givenVendor(t.db).withRental();
    const stranger = other.actor as MemberActor;
    await expect(issueVendorFeed(t.db, stranger, { scope: 'staff', staffId: w.ada.id }, NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(issueVendorFeed(t.db, stranger, { scope: 'unit', unitId: w.kayak1Unit }, NOW)).rejects.toBeInstanceOf(NotFound);
    await expect(revokeVendorFeed(t.db, stranger, { scope: 'unit', unitId: w.kayak1Unit }, NOW)).rejects.toBeInstanceOf(NotFound);
  });

  it('lets the database keep one live link per scope and exactly one owner', async () => {
    const w = await aBusiness();
    const vendorId = w.actor.vendorId;
    await t.db.calendarFeed.create({ data: { vendorId, staffId: w.ada.id, tokenHash: 'h1' } });
    await expect(t.db.calendarFeed.create({ data: { vendorId, staffId: w.ada.id, tokenHash: 'h2' } })).rejects.toThrow();
    await expect(t.db.calendarFeed.create({ data: { vendorId, staffId: w.bo.id, unitId: w.kayak1Unit, tokenHash: 'h3' } })).rejects.toThrow();
    await expect(t.db.calendarFeed.create({ data: { vendorId, userId: w.customer.userId, tokenHash: 'h4' } })).rejects.toThrow();
    await expect(t.db.calendarFeed.create({ data: { tokenHash: 'h5' } })).rejects.toThrow();
  });

  it('answers over HTTP as text/calendar with cache headers, 304 for an unchanged feed, 404 for a dead link', async () => {
    const w = await aBusiness();
    const feed = await issueVendorFeed(t.db, w.actor, { scope: 'business' });
    const { GET } = await import('@/app/calendars/[file]/route');
    const file = `${tokenOf(feed.url)}.ics`;
    const call = (headers: Record<string, string> = {}, name = file) => GET(new Request(`http://localhost/calendars/${name}`, { headers }), { params: Promise.resolve({ file: name }) });
    const ok = await call();
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ok.headers.get('cache-control')).toBe('private, max-age=900, must-revalidate');
    expect(withNodeIcal(await ok.text())).toHaveLength(4);
    const etag = ok.headers.get('etag')!;
    expect((await call({ 'if-none-match': etag })).status).toBe(304);
    expect((await call({}, 'B'.repeat(43) + '.ics')).status).toBe(404);
  });
});
