import { redirect } from 'next/navigation';
import { getCurrentUser, requireVendorMember } from '@/lib/auth/current-user';
import type { VendorActor } from './ownership';

/**
 * The signed-in member of the dashboard's vendor (their first membership, as the dashboard shows),
 * re-read from the database on every request. Pages redirect to sign-in; actions get a typed error.
 */
export async function currentVendorActor(options: { redirectTo?: string } = {}): Promise<VendorActor> {
  const signedIn = await getCurrentUser();
  if (!signedIn && options.redirectTo) redirect(`/signin?callbackUrl=${encodeURIComponent(options.redirectTo)}`);
  const vendorId = signedIn?.memberships[0]?.vendor.id;
  if (signedIn && !vendorId && options.redirectTo) redirect('/dashboard');
  const { user, membership } = await requireVendorMember(vendorId ?? '');
  return { userId: user.id, vendorId: membership.vendor.id, role: membership.role };
}
