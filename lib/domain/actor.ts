import type { ActorType, VendorRole } from '@/lib/generated/prisma/enums';

/** Who performs a booking action; services check object-level rights with it. */
export type Actor =
  | { type: 'CUSTOMER'; userId: string }
  | { type: 'GUEST'; bookingId?: string } // bookingId when acting through a magic link
  | { type: 'VENDOR'; userId: string; vendorId: string; role: VendorRole }
  | { type: 'OPERATOR'; userId: string }
  | { type: 'API'; apiKeyId: string; vendorId: string }
  | { type: 'SYSTEM'; name?: string };

export const SYSTEM: Actor = { type: 'SYSTEM' };

export function actorRecord(actor: Actor): { actorType: ActorType; actorId: string | null } {
  switch (actor.type) {
    case 'CUSTOMER':
    case 'VENDOR':
    case 'OPERATOR':
      return { actorType: actor.type, actorId: actor.userId };
    case 'API':
      return { actorType: 'API', actorId: actor.apiKeyId };
    case 'GUEST':
      return { actorType: 'GUEST', actorId: null };
    case 'SYSTEM':
      return { actorType: 'SYSTEM', actorId: actor.name ?? null };
  }
}
