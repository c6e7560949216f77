import type { ActorType } from '@/lib/generated/prisma/enums';

// Words and formats the self-service pages share.

export function formatInstant(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

export type Viewer = { type: 'CUSTOMER'; userId: string } | { type: 'GUEST' } | { type: 'VENDOR' };

/** Who made a change, as the customer reads it. */
export function actorLabel(event: { actorType: ActorType; actorId: string | null }, viewer: Viewer, vendorName: string): string {
  switch (event.actorType) {
    case 'CUSTOMER':
      return viewer.type === 'CUSTOMER' && viewer.userId === event.actorId ? 'You' : 'The customer';
    case 'GUEST':
      return viewer.type === 'GUEST' ? 'You' : viewer.type === 'VENDOR' ? 'The guest' : 'You, as a guest';
    case 'VENDOR':
      return viewer.type === 'VENDOR' ? 'Your team' : vendorName;
    case 'API':
      return `${vendorName} (their booking system)`;
    case 'OPERATOR':
      return 'Bookwell support';
    case 'SYSTEM':
      return 'Bookwell, automatically';
  }
}
