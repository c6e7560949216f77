'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { appUrl } from '@/lib/config/app-url';
import { prisma } from '@/lib/db/prisma';
import { formAction, publicAction } from '@/lib/http/actions';
import { finishTestCheckout, postToWebhookRoute } from '@/lib/payments/test-checkout';

// The test checkout's two buttons (the page binds `{ token }`): the signed event goes over HTTP to
// /api/webhooks/stripe on APP_URL (never a host named by request headers), the same route and
// verification Stripe's events go through. Errors show on the error page.

const session = z.object({ token: z.string().max(4000) });
const showOnErrorPage = (failure: { message: string }) => {
  throw new Error(failure.message);
};

const finish = (outcome: 'pay' | 'fail') =>
  formAction(
    publicAction(session, async ({ token }) => finishTestCheckout(prisma, token, outcome, { deliver: postToWebhookRoute(appUrl()) }), {
      after: ({ redirectTo }) => redirect(redirectTo),
    }),
    showOnErrorPage,
  );

export const payTestCheckout = finish('pay');
export const failTestCheckout = finish('fail');
