'use server';

import { revalidatePath } from 'next/cache';
import { unpublishListing } from '@/lib/admin/listings';
import { operatorContext } from '@/lib/admin/operator-context';
import { listingReasonSchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';

export async function unpublishListingAction(input: unknown): Promise<ActionResult> {
  return runAction(listingReasonSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await unpublishListing(prisma, operator, data);
    revalidatePath('/', 'layout');
    return undefined;
  });
}
