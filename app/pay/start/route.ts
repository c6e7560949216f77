import { NextResponse } from 'next/server';
import { getCurrentUser } from '@/lib/auth/current-user';
import { appUrl } from '@/lib/config/app-url';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import { readSmallForm } from '@/lib/http/read-body';
import { publicRoute } from '@/lib/http/routes';
import { startCheckout } from '@/lib/payments/checkout';
import { authorizePaymentStart } from '@/lib/payments/pay-access';
import { rememberPayTokens } from '@/lib/payments/pay-cookie';

// The "Pay now" form posts here: create the Checkout Session (or test session) and go there.
// A guest's form names their manage link (`return=/manage/<token>`), which names the booking; a
// signed-in customer's names the booking id, which must be theirs. The token stays in a cookie
// for the return pages, never in the URLs handed to the payment provider.
export const POST = publicRoute(async (request) => {
  const form = await readSmallForm(request);
  const origin = appUrl();
  const requestedReturn = String(form.get('return') ?? '');
  let bookingId = '';
  try {
    const user = await getCurrentUser();
    const allowed = await authorizePaymentStart(prisma, { bookingId: String(form.get('bookingId') ?? ''), returnPath: requestedReturn, userId: user?.id ?? null });
    bookingId = allowed.bookingId;
    if (allowed.manageToken) await rememberPayTokens([allowed.manageToken]);
    const { url } = await startCheckout(prisma, { bookingId, baseUrl: origin });
    return NextResponse.redirect(url, 303);
  } catch (error) {
    if (!(error instanceof DomainError)) console.error(error);
    const message = error instanceof DomainError ? error.message : 'We could not start the payment. Please try again.';
    const back = new URL('/pay/cancel', origin);
    back.search = new URLSearchParams({ ...(bookingId ? { booking: bookingId } : {}), error: message }).toString();
    return NextResponse.redirect(back, 303);
  }
});
