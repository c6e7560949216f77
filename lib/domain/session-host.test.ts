import { describe, expect, it } from 'vitest';
import { hostBusyRange, overlaps } from './session-host';

const t = (iso: string) => new Date(iso);

describe('a hosted session takes its buffers from the host', () => {
  it('widens the session by the buffers before and after', () => {
    const range = hostBusyRange({ startAt: t('2031-01-06T10:00:00Z'), endAt: t('2031-01-06T12:00:00Z') }, { bufferBeforeMinutes: 15, bufferAfterMinutes: 30 });
    expect(range).toEqual({ startAt: t('2031-01-06T09:45:00Z'), endAt: t('2031-01-06T12:30:00Z') });
  });

  it('treats ranges as half-open: back to back does not overlap', () => {
    const a = { startAt: t('2031-01-06T10:00:00Z'), endAt: t('2031-01-06T11:00:00Z') };
    expect(overlaps(a, { startAt: t('2031-01-06T11:00:00Z'), endAt: t('2031-01-06T12:00:00Z') })).toBe(false);
    expect(overlaps(a, { startAt: t('2031-01-06T10:59:00Z'), endAt: t('2031-01-06T12:00:00Z') })).toBe(true);
    expect(overlaps({ startAt: t('2031-01-06T09:00:00Z'), endAt: t('2031-01-06T10:00:00Z') }, a)).toBe(false);
    expect(overlaps({ startAt: t('2031-01-06T09:00:00Z'), endAt: t('2031-01-06T10:00:01Z') }, a)).toBe(true);
  });
});
