import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { Actor } from '@/lib/domain/actor';
import { Forbidden } from '@/lib/errors';

/**
 * The signed-in member's vendor for dashboard pages and actions (their first membership), and the
 * actor the services check object-level rights with. Pages redirect; actions throw.
 */
export async function vendorContext(mode: 'page' | 'action' = 'action') {
  const user = await getCurrentUser();
  const membership = user?.memberships[0];
  if (!user || !membership) {
    if (mode === 'page') redirect(user ? '/dashboard' : '/signin?callbackUrl=/dashboard');
    throw new Forbidden('Only members of a business can do this.');
  }
  const actor: Actor = { type: 'VENDOR', userId: user.id, vendorId: membership.vendor.id, role: membership.role };
  return { user, vendor: membership.vendor, role: membership.role, actor };
}
