'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { formAction, publicAction } from '@/lib/http/actions';
import { finishTestCheckout, postToWebhookRoute } from '@/lib/payments/test-checkout';

// The test checkout's two buttons (the page binds `{ token }`): the signed event goes over HTTP to
// /api/webhooks/stripe, the same route and verification Stripe's events go through. Errors show on
// the error page.

async function ownOrigin(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/+$/, '');
  const h = await headers();
  return `${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host')}`;
}

const session = z.object({ token: z.string().max(4000) });
const showOnErrorPage = (failure: { message: string }) => {
  throw new Error(failure.message);
};

const finish = (outcome: 'pay' | 'fail') =>
  formAction(
    publicAction(session, async ({ token }) => finishTestCheckout(prisma, token, outcome, { deliver: postToWebhookRoute(await ownOrigin()) }), {
      after: ({ redirectTo }) => redirect(redirectTo),
    }),
    showOnErrorPage,
  );

export const payTestCheckout = finish('pay');
export const failTestCheckout = finish('fail');
