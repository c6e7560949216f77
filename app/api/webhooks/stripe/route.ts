import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { publicRoute } from '@/lib/http/routes';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { handleStripeWebhook } from '@/lib/payments/webhook';

// Stripe (or, without keys, the built-in test checkout) reports payments here. The signature is
// checked on the raw body, so the body must be read as text, never parsed first.
export const POST = publicRoute(async (request) => {
  const result = await handleStripeWebhook(prisma, await request.text(), request.headers.get('stripe-signature'));
  deliverOutboxSoon();
  return NextResponse.json({ received: true, result });
});
