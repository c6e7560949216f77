import { revalidatePath } from 'next/cache';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { removeStaffPhoto, setStaffPhoto } from '@/lib/business/staff-photo';
import { prisma } from '@/lib/db/prisma';
import { NotFound, ValidationFailed } from '@/lib/errors';
import { memberRoute } from '@/lib/http/routes';
import { filesOf, limitUploads, readUploadForm } from '@/lib/uploads/upload-request';

// A staff member's photo (members of their business): POST one image in the `file` field, DELETE to remove it.

const staffIdOf = (params: { staffId: string }) => {
  const id = z.uuid().safeParse(params.staffId);
  if (!id.success) throw new NotFound('Staff member not found.');
  return id.data;
};

export const POST = memberRoute<{ staffId: string }>(async (request, { actor, user, params }) => {
  const staffId = staffIdOf(params);
  await limitUploads(prisma, user.id);
  const [file, ...more] = await filesOf(await readUploadForm(request, 1), 'file');
  if (!file || more.length > 0) throw new ValidationFailed('Choose one image for the photo.', { file: ['Choose one image'] });
  const { photoUrl } = await setStaffPhoto(prisma, actor, { staffId, file });
  revalidatePath('/', 'layout'); // listing pages show the photo
  return NextResponse.json({ photoUrl }, { status: 201 });
});

export const DELETE = memberRoute<{ staffId: string }>(async (_request, { actor, params }) => {
  await removeStaffPhoto(prisma, actor, { staffId: staffIdOf(params) });
  revalidatePath('/', 'layout');
  return NextResponse.json({ photoUrl: null });
});
