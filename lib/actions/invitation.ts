'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { acceptInvitation } from '@/lib/business/team/accept-invitation';
import { acceptInvitationSchema } from '@/lib/business/team/schemas';

/** Joins the business of the invitation as the signed-in person (whose email must be the invited one). */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(acceptInvitationSchema, input, async ({ token }) => {
    await acceptInvitation(prisma, await requireUser(), token);
  });
  if (!result.ok) return result;
  revalidatePath('/', 'layout'); // the header and the dashboard now show the business
  redirect('/dashboard?joined=1');
}
