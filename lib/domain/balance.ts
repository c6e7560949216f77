// Deposit online, balance at the desk (seed car rental): what was paid ahead, what is still due on
// site, and whether the customer may leave. Pure; the services and pages read it from here.

export type BalanceBooking = { status: string; totalAmount: number; depositAmount: number; paidAmount: number; listing: { paymentMode: string } };

export type Balance = { depositPaid: number; balanceDue: number; balancePaid: number };

/** Null when the booking takes no balance at the desk (not a deposit booking, or the deposit is the whole price). */
export function balanceOf(booking: BalanceBooking): Balance | null {
  if (booking.listing.paymentMode !== 'ONLINE_DEPOSIT' || booking.depositAmount >= booking.totalAmount) return null;
  const depositPaid = Math.min(booking.paidAmount, booking.depositAmount);
  const balancePaid = Math.max(0, booking.paidAmount - booking.depositAmount);
  return { depositPaid, balancePaid, balanceDue: Math.max(0, booking.totalAmount - booking.paidAmount) };
}

/** The balance still to take at the desk (0 when none). */
export function balanceDue(booking: BalanceBooking): number {
  return balanceOf(booking)?.balanceDue ?? 0;
}

export const BALANCE_METHODS = ['CASH', 'CARD'] as const;
export type BalanceMethod = (typeof BALANCE_METHODS)[number];
export const BALANCE_METHOD_WORDS: Record<BalanceMethod, string> = { CASH: 'cash', CARD: 'card at the desk' };
