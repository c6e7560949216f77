import { describe, expect, it } from 'vitest';
import { balanceDue, balanceOf } from './balance';

const car = { status: 'CONFIRMED', totalAmount: 450_000, depositAmount: 100_000, paidAmount: 100_000, listing: { paymentMode: 'ONLINE_DEPOSIT' } };

describe('deposit online, balance at the desk', () => {
  it('shows the deposit paid and the balance still due', () => {
    expect(balanceOf(car)).toEqual({ depositPaid: 100_000, balanceDue: 350_000, balancePaid: 0 });
    expect(balanceDue(car)).toBe(350_000);
  });

  it('shows the balance paid once taken at the desk', () => {
    expect(balanceOf({ ...car, paidAmount: 450_000 })).toEqual({ depositPaid: 100_000, balanceDue: 0, balancePaid: 350_000 });
  });

  it('owes the deposit too before it is paid', () => {
    expect(balanceOf({ ...car, paidAmount: 0 })).toEqual({ depositPaid: 0, balanceDue: 450_000, balancePaid: 0 });
  });

  it('is nothing for other payment modes or a deposit that is the whole price', () => {
    expect(balanceOf({ ...car, listing: { paymentMode: 'ONLINE_FULL' } })).toBeNull();
    expect(balanceOf({ ...car, listing: { paymentMode: 'NONE' } })).toBeNull();
    expect(balanceOf({ ...car, depositAmount: 450_000 })).toBeNull();
    expect(balanceDue({ ...car, listing: { paymentMode: 'MANUAL' } })).toBe(0);
  });
});
