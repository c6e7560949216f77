import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { readBodyText } from '@/lib/http/read-body';
import { publicRoute } from '@/lib/http/routes';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { handleStripeWebhook } from '@/lib/payments/webhook';

// Stripe (or, without keys, the built-in test checkout) reports payments here. The signature is
// checked on the raw body, so the body must be read as text, never parsed first. Events are far
// smaller than the ceiling (Stripe's own payloads stay well under it); anything larger is refused.
const MAX_EVENT_BYTES = 512 * 1024;

export const POST = publicRoute(async (request) => {
  const result = await handleStripeWebhook(prisma, await readBodyText(request, MAX_EVENT_BYTES), request.headers.get('stripe-signature'));
  deliverOutboxSoon();
  return NextResponse.json({ received: true, result });
});
