'use server';

import { revalidatePath } from 'next/cache';
import { operatorContext } from '@/lib/admin/operator-context';
import { userSignInSchema } from '@/lib/admin/schemas';
import { setUserSignIn } from '@/lib/admin/users';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';

export async function setUserSignInAction(input: unknown): Promise<ActionResult> {
  return runAction(userSignInSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await setUserSignIn(prisma, operator, data);
    revalidatePath('/admin/users');
    return undefined;
  });
}
