'use server';

import { revalidatePath } from 'next/cache';
import { notFound } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { devMailboxOpenTo } from '@/lib/email/dev-mailbox';
import { drainOutbox } from '@/lib/outbox/process-outbox';

/** Delivers pending outbox messages now, instead of waiting for the cron job (dev mailbox only). */
export async function deliverPendingAction(): Promise<void> {
  if (!devMailboxOpenTo(await getCurrentUser())) notFound();
  await drainOutbox(prisma, { budgetMs: 10_000 });
  revalidatePath('/dev/mailbox');
}
