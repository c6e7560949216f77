import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { removeVendorLogo, setVendorLogo } from '@/lib/business/logo';
import { prisma } from '@/lib/db/prisma';
import { ValidationFailed } from '@/lib/errors';
import { memberRoute } from '@/lib/http/routes';
import { filesOf, limitUploads, readUploadForm } from '@/lib/uploads/upload-request';

// The business's logo (owner only, checked before the body is read; the service checks it too):
// POST one image in the `file` field, DELETE to remove it.

export const POST = memberRoute(
  async (request, { actor, user }) => {
    await limitUploads(prisma, user.id);
    const [file, ...more] = await filesOf(await readUploadForm(request, 1), 'file');
    if (!file || more.length > 0) throw new ValidationFailed('Choose one image for the logo.', { file: ['Choose one image'] });
    const vendor = await setVendorLogo(prisma, actor, { file });
    revalidatePath('/', 'layout');
    return NextResponse.json({ logoUrl: vendor.logoUrl }, { status: 201 });
  },
  { ownerOnly: 'change the logo' },
);

export const DELETE = memberRoute(async (_request, { actor }) => {
  await removeVendorLogo(prisma, actor);
  revalidatePath('/', 'layout');
  return NextResponse.json({ logoUrl: null });
});
