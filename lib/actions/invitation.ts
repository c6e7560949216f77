'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { acceptInvitation } from '@/lib/business/team/accept-invitation';
import { acceptInvitationSchema } from '@/lib/business/team/schemas';
import { prisma } from '@/lib/db/prisma';
import { customerAction } from '@/lib/http/actions';

/** Joins the business of the invitation as the signed-in person (whose email must be the invited one). */
export const acceptInvitationAction = customerAction(acceptInvitationSchema, ({ token }, { user }) => acceptInvitation(prisma, user, token), {
  after: () => {
    revalidatePath('/', 'layout'); // the header and the dashboard now show the business
    redirect('/dashboard?joined=1');
  },
});
