import type { ActorType, VendorRole } from '@/lib/generated/prisma/enums';

/**
 * Who performs an action: the one model every service, edge and the authorization matrix use.
 * - customer: a signed-in person acting for themselves;
 * - guest: someone without an account; with a booking's magic link they may act on that booking only;
 * - member: a member of one business in a role; an API key acts as the business's owner within its scopes;
 * - operator: a platform operator;
 * - system: the app itself (expiry sweeps, payment webhooks).
 */
export type Actor = CustomerActor | GuestActor | MemberActor | OperatorActor | SystemActor;

export type CustomerActor = { kind: 'customer'; userId: string };
export type GuestActor = { kind: 'guest'; bookingId?: string };
export type MemberActor = { kind: 'member'; vendorId: string; role: VendorRole } & (
  | { userId: string; apiKeyId?: undefined }
  | { apiKeyId: string; userId?: undefined; scopes: readonly ApiScope[] }
);
/** A member who is a person (signed in), not an API key. */
export type PersonMemberActor = MemberActor & { userId: string };
export type OperatorActor = { kind: 'operator'; userId: string };
export type SystemActor = { kind: 'system'; name?: string };

export type ApiScope = 'read' | 'write';

export const SYSTEM: SystemActor = { kind: 'system' };

export const customer = (userId: string): CustomerActor => ({ kind: 'customer', userId });
export const guest = (bookingId?: string): GuestActor => (bookingId ? { kind: 'guest', bookingId } : { kind: 'guest' });
export const member = (userId: string, vendorId: string, role: VendorRole): PersonMemberActor => ({ kind: 'member', userId, vendorId, role });
export const operator = (userId: string): OperatorActor => ({ kind: 'operator', userId });

/** How the booking history and the audit trail record the actor. */
export function actorRecord(actor: Actor): { actorType: ActorType; actorId: string | null } {
  switch (actor.kind) {
    case 'customer':
      return { actorType: 'CUSTOMER', actorId: actor.userId };
    case 'member':
      return actor.userId !== undefined ? { actorType: 'VENDOR', actorId: actor.userId } : { actorType: 'API', actorId: actor.apiKeyId };
    case 'operator':
      return { actorType: 'OPERATOR', actorId: actor.userId };
    case 'guest':
      return { actorType: 'GUEST', actorId: null };
    case 'system':
      return { actorType: 'SYSTEM', actorId: actor.name ?? null };
  }
}

/** The person behind an actor, when there is one (an API key or a guest has none). */
export function personOf(actor: Actor): string | null {
  if (actor.kind === 'customer' || actor.kind === 'operator') return actor.userId;
  return actor.kind === 'member' ? (actor.userId ?? null) : null;
}
