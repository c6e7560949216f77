import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { errorResponse } from '@/lib/http/api-errors';
import { filesOf, limitUploads, readUploadForm } from '@/lib/uploads/upload-request';
import { currentVendorActor } from '@/lib/business/current-actor';
import { addListingImages } from '@/lib/business/listing-images';

// Photo uploads for a listing. A route handler rather than a server action, so the browser can
// report upload progress. Fields: `files` (one or more images), optional `alt`.

const MAX_FILES_PER_REQUEST = 4;

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await currentVendorActor();
    const id = z.string().uuid().safeParse((await params).id);
    if (!id.success) throw new NotFound('Listing not found.');
    await limitUploads(prisma, actor.userId);
    const form = await readUploadForm(request, MAX_FILES_PER_REQUEST);
    const alt = form.get('alt');
    const images = await addListingImages(prisma, actor, { listingId: id.data, files: await filesOf(form, 'files'), alt: typeof alt === 'string' ? alt : undefined });
    revalidatePath('/', 'layout'); // the storefront, search and listing page show the photos
    return NextResponse.json(
      { images: images.map(({ id, url, alt, position, width, height }) => ({ id, url, alt, position, width, height })) },
      { status: 201 },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
