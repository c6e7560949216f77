'use server';

import { revalidatePath } from 'next/cache';
import { unpublishListing } from '@/lib/admin/listings';
import { listingReasonSchema } from '@/lib/admin/schemas';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';

export const unpublishListingAction = operatorAction(
  listingReasonSchema,
  async (data, { actor }) => {
    await unpublishListing(prisma, actor, data);
  },
  { after: () => revalidatePath('/', 'layout') },
);
