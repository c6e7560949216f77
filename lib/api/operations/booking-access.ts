import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { customer, member, type Actor } from '@/lib/domain/actor';
import { NotFound } from '@/lib/errors';
import type { ApiCaller } from '../caller';
import { ApiError } from '../problem';
import { bookingInclude } from '../serialize';

// Which bookings a caller sees, and as whom it acts on one: its customer acts for themselves, a
// member (key or token) of its business acts for the business, an operator for the platform.
// Anyone else is told it does not exist (never 403 with details).

export type BookingSide = 'customer' | 'business' | 'any';

export async function bookingFor(caller: ApiCaller, bookingId: string, side: BookingSide = 'any') {
  const booking = await prisma.booking.findUnique({ where: { id: bookingId }, include: bookingInclude });
  const actor = booking ? actorOn(caller, booking, side) : null;
  if (!booking || !actor) throw new NotFound('This booking does not exist.');
  return { booking, actor };
}

function actorOn(caller: ApiCaller, booking: { vendorId: string; customerId: string | null }, side: BookingSide): Actor | null {
  if (caller.kind === 'anonymous') throw new ApiError('unauthenticated', 'Send an API key or an access token.');
  if (caller.kind === 'api_key') return side !== 'customer' && caller.actor.vendorId === booking.vendorId ? caller.actor : null;
  if (caller.actor.kind === 'operator') return side === 'customer' ? null : caller.actor;
  const membership = caller.user.memberships.find((m) => m.vendor.id === booking.vendorId);
  if (side !== 'customer' && membership) return member(caller.user.id, booking.vendorId, membership.role);
  if (side !== 'business' && booking.customerId === caller.user.id) return customer(caller.user.id);
  return null;
}
