'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteListingImage, makePrimaryImage, reorderListingImages, updateImageAlt } from '@/lib/business/listing-images';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { memberAction } from '@/lib/http/actions';
import { imageAltSchema, imageIdSchema, reorderImagesSchema } from '@/lib/uploads/image-schemas';

// Photo management besides the upload itself (a route handler, for upload progress).
// Photos show on the storefront, search and listing pages, so those are revalidated too.

const photoChange = <S extends z.ZodType>(schema: S, change: (actor: MemberActor, data: z.output<S>) => Promise<unknown>) =>
  memberAction(
    schema,
    async (data, { actor }) => {
      await change(actor, data);
    },
    { after: () => revalidatePath('/', 'layout') },
  );

export const reorderImagesAction = photoChange(reorderImagesSchema, (actor, data) => reorderListingImages(prisma, actor, data));
export const makePrimaryImageAction = photoChange(imageIdSchema, (actor, data) => makePrimaryImage(prisma, actor, data));
export const updateImageAltAction = photoChange(imageAltSchema, (actor, data) => updateImageAlt(prisma, actor, data));
export const deleteImageAction = photoChange(imageIdSchema, (actor, data) => deleteListingImage(prisma, actor, data));
