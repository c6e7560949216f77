import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/db/prisma';
import { ValidationFailed } from '@/lib/errors';
import { errorResponse } from '@/lib/http/api-errors';
import { filesOf, limitUploads, readUploadForm } from '@/lib/uploads/upload-request';
import { removeVendorLogo, setVendorLogo } from '@/lib/business/logo';
import { requireOwner } from '@/lib/business/ownership';
import { currentVendorActor } from '@/lib/business/current-actor';

// The business's logo (owner only): POST one image in the `file` field, DELETE to remove it.

export async function POST(request: Request) {
  try {
    const actor = await currentVendorActor();
    requireOwner(actor, 'change the logo'); // before reading the body; the service checks it too
    await limitUploads(prisma, actor.userId);
    const [file, ...more] = await filesOf(await readUploadForm(request, 1), 'file');
    if (!file || more.length > 0) throw new ValidationFailed('Choose one image for the logo.', { file: ['Choose one image'] });
    const vendor = await setVendorLogo(prisma, actor, { file });
    revalidatePath('/', 'layout');
    return NextResponse.json({ logoUrl: vendor.logoUrl }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE() {
  try {
    await removeVendorLogo(prisma, await currentVendorActor());
    revalidatePath('/', 'layout');
    return NextResponse.json({ logoUrl: null });
  } catch (error) {
    return errorResponse(error);
  }
}
