// Sessions (tours, classes): seats left and whether a session can still be booked.
import type { SessionStatus } from '@/lib/generated/prisma/enums';

export type SessionInput = {
  id: string;
  startAt: Date;
  endAt: Date;
  capacity: number;
  /** The counter maintained by the database from blocking allocations. */
  seatsTaken: number;
  status: SessionStatus;
};

export type SessionAvailability = {
  id: string;
  startAt: Date;
  endAt: Date;
  seatsLeft: number;
  soldOut: boolean;
  /** Scheduled, has seats, and starts no sooner than now + lead time. */
  bookable: boolean;
};

export function sessionAvailability(sessions: readonly SessionInput[], now: Date, leadTimeMinutes: number): SessionAvailability[] {
  const earliest = now.getTime() + leadTimeMinutes * 60_000;
  return sessions.map((s) => {
    const seatsLeft = Math.max(0, s.capacity - s.seatsTaken);
    const soldOut = seatsLeft === 0;
    const bookable = s.status === 'SCHEDULED' && !soldOut && s.startAt.getTime() >= earliest;
    return { id: s.id, startAt: s.startAt, endAt: s.endAt, seatsLeft, soldOut, bookable };
  });
}
