import { describe, expect, it } from 'vitest';
import { manualPaymentTerms, paymentReference } from './manual-payment';

describe('the payment reference of a bank transfer', () => {
  it('fills the booking reference into the business’s format', () => {
    expect(paymentReference('LUMIERE-{reference}', 'BK-7F3K2Q')).toBe('LUMIERE-BK-7F3K2Q');
    expect(paymentReference('{reference}', 'BK-7F3K2Q')).toBe('BK-7F3K2Q');
    expect(paymentReference('', 'BK-7F3K2Q')).toBe('BK-7F3K2Q');
    expect(paymentReference(null, 'BK-7F3K2Q')).toBe('BK-7F3K2Q');
    // A format without the placeholder still carries the reference, so transfers can be matched.
    expect(paymentReference('Salon', 'BK-7F3K2Q')).toBe('Salon BK-7F3K2Q');
  });
});

describe('what a customer is told to pay by transfer', () => {
  const deadline = new Date('2031-01-06T08:30:00Z');
  const booking = {
    reference: 'BK-AAAAAA',
    status: 'AWAITING_PAYMENT',
    totalAmount: 9000,
    paidAmount: 0,
    holdExpiresAt: deadline,
    listing: { paymentMode: 'MANUAL' },
    vendor: { manualPaymentInstructions: '  Bank: Demo Bank\nIBAN GB00 0000  ', manualPaymentReferenceFormat: 'LUM-{reference}' },
  };

  it('gives the instructions, the reference, the amount and the deadline while payment is due', () => {
    expect(manualPaymentTerms(booking)).toEqual({ instructions: 'Bank: Demo Bank\nIBAN GB00 0000', reference: 'LUM-BK-AAAAAA', amountDue: 9000, deadline });
  });

  it('is nothing once confirmed, for online payment, or when nothing is left to pay', () => {
    expect(manualPaymentTerms({ ...booking, status: 'CONFIRMED' })).toBeNull();
    expect(manualPaymentTerms({ ...booking, listing: { paymentMode: 'ONLINE_FULL' } })).toBeNull();
    expect(manualPaymentTerms({ ...booking, paidAmount: 9000 })).toBeNull();
    expect(manualPaymentTerms({ ...booking, vendor: { manualPaymentInstructions: ' ', manualPaymentReferenceFormat: '{reference}' } })?.instructions).toBeNull();
  });
});
