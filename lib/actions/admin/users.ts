'use server';

import { revalidatePath } from 'next/cache';
import { userSignInSchema } from '@/lib/admin/schemas';
import { setUserSignIn } from '@/lib/admin/users';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';

export const setUserSignInAction = operatorAction(
  userSignInSchema,
  async (data, { actor }) => {
    await setUserSignIn(prisma, actor, data);
  },
  { after: () => revalidatePath('/admin/users') },
);
