import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { prisma } from '@/lib/db/prisma';
import { customer, guest, member, operator, type CustomerActor, type GuestActor, type OperatorActor, type PersonMemberActor } from '@/lib/domain/actor';
import { Forbidden, Unauthenticated } from '@/lib/errors';
import type { VendorRole } from '@/lib/generated/prisma/enums';
import { resolveManageToken } from '@/lib/magic-links/manage-links';
import { getCurrentUser, type CurrentUser } from './current-user';

// Who is acting in this request, as the one Actor model, for server actions, route handlers and
// pages. Roles and memberships are re-read from the database on every request (getCurrentUser),
// so a removed member or a disabled account loses access at once. Actions and routes get typed
// errors; pages are sent to sign-in or shown a 404.

export type Membership = CurrentUser['memberships'][number];
export type SignedInMember = { actor: PersonMemberActor; user: CurrentUser; vendor: Membership['vendor']; role: VendorRole };


/** A signed-in person acting for themselves. */
export async function resolveCustomer(): Promise<{ actor: CustomerActor; user: CurrentUser }> {
  const user = await getCurrentUser();
  if (!user) throw new Unauthenticated('Sign in to continue.');
  return { actor: customer(user.id), user };
}

/** Whoever is booking: the signed-in customer, or a guest. */
export async function resolveCustomerOrGuest(): Promise<{ actor: CustomerActor | GuestActor; user: CurrentUser | null }> {
  const user = await getCurrentUser();
  return { actor: user ? customer(user.id) : guest(), user };
}

/** The holder of a booking's magic link: a guest who may act on that one booking. */
export async function resolveGuestWithToken(token: string): Promise<{ actor: GuestActor & { bookingId: string }; bookingId: string }> {
  const { bookingId } = await resolveManageToken(prisma, token);
  return { actor: { kind: 'guest', bookingId }, bookingId };
}

/**
 * The signed-in member of the dashboard's business (their first membership, as the dashboard
 * shows). `ownerOnly` names what only an owner may do ("change the logo"), for the refusal.
 */
export async function resolveMember(options: { ownerOnly?: string } = {}): Promise<SignedInMember> {
  const user = await getCurrentUser();
  if (!user) throw new Unauthenticated('Sign in to continue.');
  const membership = user.memberships[0];
  if (!membership) throw new Forbidden('Only members of a business can do this.');
  if (options.ownerOnly && membership.role !== 'OWNER') throw new Forbidden(`Only the owner can ${options.ownerOnly}.`);
  return { actor: member(user.id, membership.vendor.id, membership.role), user, vendor: membership.vendor, role: membership.role };
}

export async function resolveOperator(): Promise<{ actor: OperatorActor; user: CurrentUser }> {
  const user = await getCurrentUser();
  if (!user) throw new Unauthenticated('Sign in to continue.');
  if (user.role !== 'OPERATOR') throw new Forbidden('Only platform operators can do this.');
  return { actor: operator(user.id), user };
}

// Pages: the same people, but a page answers with a redirect or a 404 rather than an error.

const signInFor = (path: string) => `/signin?callbackUrl=${encodeURIComponent(path)}`;

export async function customerPage(path: string): Promise<{ actor: CustomerActor; user: CurrentUser }> {
  const user = await getCurrentUser();
  if (!user) redirect(signInFor(path));
  return { actor: customer(user.id), user };
}

/** Dashboard pages: anonymous people sign in first; a person without a business sees the dashboard's start page. */
export async function memberPage(path: string): Promise<SignedInMember> {
  const user = await getCurrentUser();
  if (!user) redirect(signInFor(path));
  if (!user.memberships[0]) redirect('/dashboard');
  return resolveMember();
}

/** Console pages: anonymous people sign in first; anyone else sees a 404 (the console is not advertised). */
export async function operatorPage(path: string): Promise<{ actor: OperatorActor; user: CurrentUser }> {
  const user = await getCurrentUser();
  if (!user) redirect(signInFor(path));
  if (user.role !== 'OPERATOR') notFound();
  return { actor: operator(user.id), user };
}
