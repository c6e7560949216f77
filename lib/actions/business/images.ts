'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { imageAltSchema, imageIdSchema, reorderImagesSchema } from '@/lib/uploads/image-schemas';
import { currentVendorActor } from '@/lib/business/current-actor';
import { deleteListingImage, makePrimaryImage, reorderListingImages, updateImageAlt } from '@/lib/business/listing-images';

// Photo management besides the upload itself (a route handler, for upload progress).
// Photos show on the storefront, search and listing pages, so those are revalidated too.

async function done<T>(result: ActionResult<T>): Promise<ActionResult<void>> {
  if (!result.ok) return result;
  revalidatePath('/', 'layout');
  return { ok: true, data: undefined };
}

export async function reorderImagesAction(input: unknown): Promise<ActionResult<void>> {
  return done(await runAction(reorderImagesSchema, input, async (data) => reorderListingImages(prisma, await currentVendorActor(), data)));
}

export async function makePrimaryImageAction(input: unknown): Promise<ActionResult<void>> {
  return done(await runAction(imageIdSchema, input, async (data) => makePrimaryImage(prisma, await currentVendorActor(), data)));
}

export async function updateImageAltAction(input: unknown): Promise<ActionResult<void>> {
  return done(await runAction(imageAltSchema, input, async (data) => updateImageAlt(prisma, await currentVendorActor(), data)));
}

export async function deleteImageAction(input: unknown): Promise<ActionResult<void>> {
  return done(await runAction(imageIdSchema, input, async (data) => deleteListingImage(prisma, await currentVendorActor(), data)));
}
