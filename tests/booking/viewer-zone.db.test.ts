import { beforeAll, describe, expect, it } from 'vitest';
import { listingMonthSchedule } from '@/lib/availability-queries/listing-availability';
import { viewerDayChoices, viewerMonthSchedule } from '@/lib/availability-queries/viewer-zone-schedule';
import { localDateOf } from '@/lib/domain/time';
import { formatTime } from '@/lib/format/date-time';
import { chooseViewZone } from '@/lib/format/view-zone';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, at, givenVendor } from '../support/scenario';

// The coaching seed's time zones: a London coach's month and slots read by a viewer in Tokyo
// (9 hours ahead in January): days are the viewer's days, times the same instants.

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const TOKYO = 'Asia/Tokyo';
const LONDON = 'Europe/London';

describe('a listing read in the viewer’s time zone', () => {
  it('moves each slot to the viewer day it starts in, and shows the same instants', async () => {
    const { listing } = await givenVendor(t.db).withAppointment(); // 09:00–17:00 London, weekdays
    const month = '2031-01';
    const own = await listingMonthSchedule(t.db, listing.id, month, NOW);
    const theirs = await viewerMonthSchedule(t.db, { id: listing.id, kind: 'APPOINTMENT' }, LONDON, TOKYO, month, NOW);

    // Friday 10 January, 09:00–17:00 in London, is 18:00 Friday – 02:00 Saturday in Tokyo: Saturday
    // the 11th has slots for the Tokyo viewer but none in London; Sunday the 12th has none for either.
    expect(own.find((d) => d.date === '2031-01-11')?.bookable).toBe(false);
    expect(theirs.find((d) => d.date === '2031-01-11')?.bookable).toBe(true);
    expect(theirs.find((d) => d.date === '2031-01-12')?.bookable).toBe(false);
    expect(theirs.find((d) => d.date === '2031-01-13')?.bookable).toBe(true);
    expect(theirs).toHaveLength(31);

    const saturday = await viewerDayChoices(t.db, { id: listing.id, kind: 'APPOINTMENT' }, LONDON, TOKYO, '2031-01-11', NOW);
    expect(saturday.slots.length).toBeGreaterThan(0);
    for (const slot of saturday.slots) expect(localDateOf(slot.startAt, TOKYO)).toBe('2031-01-11');
    expect(saturday.slots.map((s) => formatTime(s.startAt, TOKYO))[0]).toBe('00:00'); // 15:00 London
    expect(formatTime(saturday.slots[0]!.startAt, LONDON)).toBe('15:00');
  });

  it('groups sessions by the viewer’s day', async () => {
    const { listing, session } = await givenVendor(t.db).withSession({ startAt: at('2031-01-08T20:00:00Z') }); // 20:00 London, Wed
    const days = await viewerMonthSchedule(t.db, { id: listing.id, kind: 'SESSION' }, LONDON, TOKYO, '2031-01', NOW);
    expect(days.filter((d) => d.bookable).map((d) => d.date)).toEqual(['2031-01-09']); // 05:00 Thursday in Tokyo
    expect((await viewerDayChoices(t.db, { id: listing.id, kind: 'SESSION' }, LONDON, TOKYO, '2031-01-09', NOW)).sessions.map((s) => s.id)).toEqual([session.id]);
  });

  it('keeps the listing’s zone unless a real zone was chosen', () => {
    expect(chooseViewZone(undefined, LONDON)).toBe(LONDON);
    expect(chooseViewZone('Not/AZone', LONDON)).toBe(LONDON);
    expect(chooseViewZone('+09:00', LONDON)).toBe(LONDON);
    expect(chooseViewZone(TOKYO, LONDON)).toBe(TOKYO);
  });
});
