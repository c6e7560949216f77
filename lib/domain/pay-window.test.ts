import { describe, expect, it } from 'vitest';
import { payDeadlineAfterApproval, payWindowSentence } from './pay-window';

const now = new Date('2027-03-01T10:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const inHours = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('the time to pay after approval', () => {
  it('is the business’s window for a trip weeks away (not the 30-minute checkout hold)', () => {
    expect(payDeadlineAfterApproval(now, inDays(21), { payWindowHours: 24, holdMinutes: 30 })).toEqual(inHours(24));
    expect(payDeadlineAfterApproval(now, inDays(21), { payWindowHours: 72, holdMinutes: 30 })).toEqual(inHours(72));
  });

  it('never ends after the start', () => {
    expect(payDeadlineAfterApproval(now, inHours(5), { payWindowHours: 24, holdMinutes: 30 })).toEqual(inHours(5));
  });

  it('is never shorter than the listing’s own payment hold (bank transfers take days)', () => {
    expect(payDeadlineAfterApproval(now, inDays(30), { payWindowHours: 1, holdMinutes: 3 * 24 * 60 })).toEqual(inDays(3));
  });

  it('is explained in words', () => {
    expect(payWindowSentence(now, inHours(24), inDays(21), 'Tue 2 Mar 2027, 10:00 GMT')).toBe(
      'Pay by Tue 2 Mar 2027, 10:00 GMT (24 hours after the business approved it); if it is not paid by then, the time is released.',
    );
    expect(payWindowSentence(now, inHours(5), inHours(5), 'Mon 1 Mar 2027, 15:00 GMT')).toBe(
      'Pay by Mon 1 Mar 2027, 15:00 GMT (when the booking starts); if it is not paid by then, the time is released.',
    );
  });
});
