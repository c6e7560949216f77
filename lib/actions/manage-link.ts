'use server';

import { redirect } from 'next/navigation';
import { prisma } from '@/lib/db/prisma';
import { formAction, publicAction } from '@/lib/http/actions';
import { manageLinkRequestSchema, requestManageLink } from '@/lib/magic-links/request-manage-link';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

/** "Email me a link to my booking" (works without JavaScript); the same answer whether or not it matched. */
export const requestManageLinkAction = formAction(
  publicAction(manageLinkRequestSchema, async (data) => requestManageLink(prisma, data), {
    rateLimit: { name: 'manage-link', limit: 10, windowSeconds: 10 * 60 },
    after: () => {
      deliverOutboxSoon();
      redirect('/manage/find?sent=1');
    },
  }),
  (failure) => redirect(`/manage/find?error=${encodeURIComponent(failure.message)}`),
);
