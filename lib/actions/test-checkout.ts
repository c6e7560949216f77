'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { prisma } from '@/lib/db/prisma';
import { finishTestCheckout, postToWebhookRoute } from '@/lib/payments/test-checkout';

// The test checkout's two buttons: the signed event goes over HTTP to /api/webhooks/stripe, the
// same route and verification Stripe's events go through. Errors show on the error page.

async function ownOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/+$/, '');
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host')}`;
}

export async function payTestCheckout(token: string): Promise<void> {
  const { redirectTo } = await finishTestCheckout(prisma, token, 'pay', { deliver: postToWebhookRoute(await ownOrigin()) });
  redirect(redirectTo);
}

export async function failTestCheckout(token: string): Promise<void> {
  const { redirectTo } = await finishTestCheckout(prisma, token, 'fail', { deliver: postToWebhookRoute(await ownOrigin()) });
  redirect(redirectTo);
}
