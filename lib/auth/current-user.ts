import 'server-only';
import { cache } from 'react';
import { auth } from '@/lib/auth/auth';
import { prisma } from '@/lib/db/prisma';

// The signed-in user of this request with their role and memberships, read from the database on
// each request (once per request), so a suspended vendor or a removed member loses access at
// once. Who acts as which Actor is decided in current-actor.ts.

export const getCurrentUser = cache(async () => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  // A disabled account counts as signed out at once, whatever its session cookie says.
  return prisma.user.findUnique({
    where: { id, disabledAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      phone: true,
      role: true,
      emailVerifiedAt: true,
      timeZone: true,
      memberships: { select: { role: true, vendor: { select: { id: true, slug: true, name: true, status: true, suspensionReason: true } } } },
    },
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
