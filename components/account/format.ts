import type { Actor } from '@/lib/domain/actor';
import type { ActorType } from '@/lib/generated/prisma/enums';

// Words and formats the self-service pages share.


/** Who made a change, as the person looking at the booking (the viewer) reads it. */
export function actorLabel(event: { actorType: ActorType; actorId: string | null }, viewer: Actor, vendorName: string): string {
  switch (event.actorType) {
    case 'CUSTOMER':
      return viewer.kind === 'customer' && viewer.userId === event.actorId ? 'You' : 'The customer';
    case 'GUEST':
      return viewer.kind === 'guest' ? 'You' : viewer.kind === 'member' ? 'The guest' : 'You, as a guest';
    case 'VENDOR':
      return viewer.kind === 'member' ? 'Your team' : vendorName;
    case 'API':
      return `${vendorName} (their booking system)`;
    case 'OPERATOR':
      return 'Bookwell support';
    case 'SYSTEM':
      return 'Bookwell, automatically';
  }
}
