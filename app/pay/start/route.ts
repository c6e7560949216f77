import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';
import { readSmallForm } from '@/lib/http/read-body';
import { publicRoute } from '@/lib/http/routes';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import { appOrigin } from '@/lib/payments/app-origin';
import { startCheckout } from '@/lib/payments/checkout';
import { safeReturnPath } from '@/lib/payments/return-path';

// The "Pay now" form posts here: create the Checkout Session (or test session) and go there.
// A guest's form names only their manage link (`return=/manage/<token>`): the booking comes from it.
export const POST = publicRoute(async (request) => {
  const form = await readSmallForm(request);
  const origin = appOrigin(request);
  const requestedReturn = String(form.get('return') ?? '');
  let bookingId = String(form.get('bookingId') ?? '');
  try {
    const token = /^\/manage\/([A-Za-z0-9_-]+)$/.exec(requestedReturn)?.[1];
    if (token) bookingId = (await resolveManageToken(prisma, token)).bookingId;
    const { url } = await startCheckout(prisma, { bookingId, returnPath: safeReturnPath(requestedReturn, bookingId), baseUrl: origin });
    return NextResponse.redirect(url, 303);
  } catch (error) {
    if (!(error instanceof DomainError)) console.error(error);
    const message = error instanceof DomainError ? error.message : 'We could not start the payment. Please try again.';
    const back = new URL('/pay/cancel', origin);
    back.search = new URLSearchParams({ booking: bookingId, return: safeReturnPath(requestedReturn, bookingId), error: message }).toString();
    return NextResponse.redirect(back, 303);
  }
});
