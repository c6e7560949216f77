import { describe, expect, it } from 'vitest';
import { isRealLocalDate, isRealLocalMonth, localDate } from './fields';

describe('calendar dates and months from URLs and forms', () => {
  it('accepts only days and months that exist', () => {
    expect(['2028-02-29', '2027-12-31', '2027-01-01'].map(isRealLocalDate)).toEqual([true, true, true]);
    expect(['2027-02-29', '2026-02-30', '2026-13-45', '2026-99-99', '2026-00-10', '2026-1-1', ''].map(isRealLocalDate)).toEqual(Array(7).fill(false));
    expect(['2026-01', '2026-12'].map(isRealLocalMonth)).toEqual([true, true]);
    expect(['2026-00', '2026-13', '2026-99', '2026-1', '202612', ''].map(isRealLocalMonth)).toEqual(Array(6).fill(false));
  });

  it('says which is wrong: the format or the day', () => {
    expect(localDate().safeParse('2026-02-30').error?.issues[0]?.message).toBe('Choose a date that exists');
    expect(localDate().safeParse('30/02/2026').error?.issues[0]?.message).toBe('Choose a date');
  });
});
