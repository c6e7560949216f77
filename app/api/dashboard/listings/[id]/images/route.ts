import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { addListingImages } from '@/lib/business/listing-images';
import { prisma } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { memberRoute } from '@/lib/http/routes';
import { filesOf, limitUploads, readUploadForm } from '@/lib/uploads/upload-request';

// Photo uploads for a listing. A route handler rather than a server action, so the browser can
// report upload progress. Fields: `files` (one or more images), optional `alt`.

const MAX_FILES_PER_REQUEST = 4;

export const POST = memberRoute<{ id: string }>(async (request, { actor, user, params }) => {
  const id = z.uuid().safeParse(params.id);
  if (!id.success) throw new NotFound('Listing not found.');
  await limitUploads(prisma, user.id);
  const form = await readUploadForm(request, MAX_FILES_PER_REQUEST);
  const alt = form.get('alt');
  const images = await addListingImages(prisma, actor, { listingId: id.data, files: await filesOf(form, 'files'), alt: typeof alt === 'string' ? alt : undefined });
  revalidatePath('/', 'layout'); // the storefront, search and listing page show the photos
  return NextResponse.json({ images: images.map(({ id, url, alt, position, width, height }) => ({ id, url, alt, position, width, height })) }, { status: 201 });
});
