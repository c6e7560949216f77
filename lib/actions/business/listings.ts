'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createListingSchema, listingStatusSchema, updateListingSchema } from '@/lib/business/listing-schemas';
import { createListing, setListingStatus, updateListing } from '@/lib/business/listings';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { LISTINGS } from './paths';

// Creating, editing and publishing listings. The services check the listing is the member's business's.

export const createListingAction = memberAction(createListingSchema, async (data, { actor }) => (await createListing(prisma, actor, data)).id, {
  after: (id) => {
    revalidatePath(LISTINGS);
    redirect(`${LISTINGS}/${id}?created=1`);
  },
});

export const updateListingAction = memberAction(
  updateListingSchema,
  async (data, { actor }) => {
    await updateListing(prisma, actor, data);
  },
  { after: () => revalidatePath(LISTINGS, 'layout') },
);

export const setListingStatusAction = memberAction(
  listingStatusSchema,
  async (data, { actor }) => {
    await setListingStatus(prisma, actor, data);
  },
  { after: () => revalidatePath('/', 'layout') }, // storefront and search change too
);
