'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { currentVendorActor } from '@/lib/business/current-actor';
import { updateProfile } from '@/lib/business/profile';
import { profileSchema } from '@/lib/business/profile-schema';

// Thin edge: parse with the form's schema, build the actor from the session, call the service.

export async function updateProfileAction(input: unknown): Promise<ActionResult<{ slug: string }>> {
  const result = await runAction(profileSchema, input, async (data) => {
    const saved = await updateProfile(prisma, await currentVendorActor(), data);
    return { slug: saved.slug };
  });
  if (result.ok) revalidatePath('/', 'layout'); // the storefront, search and the dashboard show these values
  return result;
}
