import '@/lib/validation/zod-config';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';

// Inputs of the photo actions, shared by the server actions and the dashboard's photo manager.

/** Photos per listing; the first one (position 0) is the primary photo shown on cards. */
export const MAX_IMAGES_PER_LISTING = 12;
export const MAX_ALT_LENGTH = 200;

const uuid = id('Unknown photo');

export const reorderImagesSchema = z.object({
  listingId: uuid,
  /** Every photo of the listing, in the new order; the first becomes the primary photo. */
  imageIds: z.array(uuid).min(1).max(MAX_IMAGES_PER_LISTING),
});

export const imageIdSchema = z.object({ imageId: uuid });

export const imageAltSchema = z.object({
  imageId: uuid,
  alt: z.string().trim().max(MAX_ALT_LENGTH, `Keep the description under ${MAX_ALT_LENGTH} characters`),
});

export type ReorderImagesInput = z.output<typeof reorderImagesSchema>;
export type ImageIdInput = z.output<typeof imageIdSchema>;
export type ImageAltInput = z.output<typeof imageAltSchema>;
