import { describe, expect, it } from 'vitest';
import { sessionAvailability, type SessionInput } from './sessions';

const now = new Date('2025-06-01T10:00:00Z');
const session = (id: string, startIso: string, capacity: number, seatsTaken: number, status: SessionInput['status'] = 'SCHEDULED'): SessionInput => ({
  id,
  startAt: new Date(startIso),
  endAt: new Date(new Date(startIso).getTime() + 2 * 3_600_000),
  capacity,
  seatsTaken,
  status,
});

describe('sessionAvailability', () => {
  it('reports seats left, sold out and bookable', () => {
    const result = sessionAvailability(
      [
        session('open', '2025-06-02T09:00:00Z', 12, 5),
        session('full', '2025-06-02T09:00:00Z', 12, 12),
        session('over', '2025-06-02T09:00:00Z', 10, 11),
        session('cancelled', '2025-06-02T09:00:00Z', 12, 0, 'CANCELLED'),
        session('soon', '2025-06-01T11:00:00Z', 12, 0),
        session('past', '2025-06-01T09:00:00Z', 12, 0),
      ],
      now,
      120,
    );
    expect(result.map(({ id, seatsLeft, soldOut, bookable }) => ({ id, seatsLeft, soldOut, bookable }))).toEqual([
      { id: 'open', seatsLeft: 7, soldOut: false, bookable: true },
      { id: 'full', seatsLeft: 0, soldOut: true, bookable: false },
      { id: 'over', seatsLeft: 0, soldOut: true, bookable: false },
      { id: 'cancelled', seatsLeft: 12, soldOut: false, bookable: false },
      { id: 'soon', seatsLeft: 12, soldOut: false, bookable: false },
      { id: 'past', seatsLeft: 12, soldOut: false, bookable: false },
    ]);
  });

  it('lets a session start exactly at the lead-time edge', () => {
    expect(sessionAvailability([session('edge', '2025-06-01T12:00:00Z', 1, 0)], now, 120)[0]?.bookable).toBe(true);
  });
});
