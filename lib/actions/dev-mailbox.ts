'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { devMailboxOpenTo } from '@/lib/email/dev-mailbox';
import { formAction, publicAction } from '@/lib/http/actions';
import { drainOutbox } from '@/lib/outbox/process-outbox';

/** Delivers pending outbox messages now, instead of waiting for the cron job (dev mailbox only). */
export const deliverPendingAction = formAction(
  publicAction(
    z.unknown(),
    async (_, { user }) => {
      if (!devMailboxOpenTo(user)) notFound();
      await drainOutbox(prisma, { budgetMs: 10_000 });
    },
    { after: () => revalidatePath('/dev/mailbox') },
  ),
);
