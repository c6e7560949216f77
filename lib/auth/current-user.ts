import { cache } from 'react';
import { auth } from '@/lib/auth/auth';
import { prisma } from '@/lib/db/prisma';
import { Forbidden, Unauthenticated } from '@/lib/errors';
import type { VendorRole } from '@/lib/generated/prisma/enums';

// Authorization helpers for pages, server actions and route handlers. Roles are read from the
// database on each request, so a suspended vendor or a removed member loses access at once.

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
      memberships: { select: { role: true, vendor: { select: { id: true, slug: true, name: true, status: true, suspensionReason: true } } } },
    },
  });
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new Unauthenticated('Sign in to continue.');
  return user;
}

export async function requireOperator(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== 'OPERATOR') throw new Forbidden('Only platform operators can do this.');
  return user;
}

/** The user's membership of this vendor, when its role is one of `roles`; operators are not members. */
export async function requireVendorMember(vendorId: string, roles: VendorRole[] = ['OWNER', 'STAFF']) {
  const user = await requireUser();
  const membership = user.memberships.find((m) => m.vendor.id === vendorId);
  if (!membership || !roles.includes(membership.role)) throw new Forbidden('You do not have access to this vendor.');
  return { user, membership };
}
