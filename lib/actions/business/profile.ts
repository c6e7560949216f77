'use server';

import { revalidatePath } from 'next/cache';
import { updateProfile } from '@/lib/business/profile';
import { profileSchema } from '@/lib/business/profile-schema';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';

export const updateProfileAction = memberAction(profileSchema, async (data, { actor }) => ({ slug: (await updateProfile(prisma, actor, data)).slug }), {
  ownerOnly: 'edit the business profile',
  after: () => revalidatePath('/', 'layout'), // the storefront, search and the dashboard show these values
});
