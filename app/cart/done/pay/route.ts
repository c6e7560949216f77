import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readReceiptCookie } from '@/lib/cart/cart-cookies';
import { decodeReceipt } from '@/lib/cart/checkout-receipt';
import { startCartPayment } from '@/lib/cart/pay-cart';
import { RECEIPT_PATH } from '@/lib/cart/receipt-path';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import { readSmallForm } from '@/lib/http/read-body';
import { publicRoute } from '@/lib/http/routes';
import { appUrl } from '@/lib/config/app-url';
import { rememberPayTokens } from '@/lib/payments/pay-cookie';

// The done page's one "Pay" button posts here (under the receipt cookie's path): one checkout for
// everything the cart's bookings owe online in that currency, then off to it.
export const POST = publicRoute(async (request) => {
  const form = await readSmallForm(request);
  const origin = appUrl();
  const currency = String(form.get('currency') ?? '').slice(0, 3).toUpperCase();
  try {
    const [user, receipt] = await Promise.all([getCurrentUser(), readReceiptCookie().then(decodeReceipt)]);
    if (!receipt) throw new ExpiredReceipt('This confirmation is no longer available. Pay from each booking’s page instead.');
    // The return page shows a guest's bookings by their manage tokens, kept in a cookie, not the URL.
    await rememberPayTokens(receipt.t);
    const { url } = await startCartPayment(prisma, { receipt, viewer: user ? { userId: user.id } : null, currency, baseUrl: origin });
    return NextResponse.redirect(url, 303);
  } catch (error) {
    if (!(error instanceof DomainError)) console.error(error);
    const message = error instanceof DomainError ? error.message : 'We could not start the payment. Please try again.';
    const back = new URL(RECEIPT_PATH, origin);
    back.search = new URLSearchParams({ error: message }).toString();
    return NextResponse.redirect(back, 303);
  }
});

class ExpiredReceipt extends DomainError {
  readonly code = 'RECEIPT_EXPIRED';
  readonly status = 410;
}
