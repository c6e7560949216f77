'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { appUrl } from '@/lib/config/app-url';
import { prisma } from '@/lib/db/prisma';
import { formAction, publicAction } from '@/lib/http/actions';
import { finishTestCheckout, postToWebhookRoute } from '@/lib/payments/test-checkout';

// The test checkout's two buttons (the page binds `{ token }`): the signed event goes over HTTP to
// /api/webhooks/stripe on APP_URL (never a host named by request headers), the same route and
// verification Stripe's events go through. Refusals show on the pay result page.

const session = z.object({ token: z.string().max(4000) });
/** A refusal ("already paid", a forged token) is said on the pay result page: never a 500. */
const showOnErrorPage = (failure: { message: string }) => redirect(`/pay/cancel?${new URLSearchParams({ error: failure.message })}`);

const finish = (outcome: 'pay' | 'fail') =>
  formAction(
    publicAction(session, async ({ token }) => finishTestCheckout(prisma, token, outcome, { deliver: postToWebhookRoute(appUrl()) }), {
      after: ({ redirectTo }) => redirect(redirectTo),
    }),
    showOnErrorPage,
  );

export const payTestCheckout = finish('pay');
export const failTestCheckout = finish('fail');
