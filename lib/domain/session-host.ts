// A group session's host is busy for the session plus its listing's buffers (setting up, tidying
// away): that range is what it takes from the host's 1:1 slots, and what must be free to host it.

export type Buffers = { bufferBeforeMinutes: number; bufferAfterMinutes: number };

/** The time a hosted session takes from its host: [start - buffer before, end + buffer after). */
export function hostBusyRange(session: { startAt: Date; endAt: Date }, buffers: Buffers): { startAt: Date; endAt: Date } {
  return {
    startAt: new Date(session.startAt.getTime() - buffers.bufferBeforeMinutes * 60_000),
    endAt: new Date(session.endAt.getTime() + buffers.bufferAfterMinutes * 60_000),
  };
}

/** Do two half-open ranges [start, end) overlap? */
export function overlaps(a: { startAt: Date; endAt: Date }, b: { startAt: Date; endAt: Date }): boolean {
  return a.startAt.getTime() < b.endAt.getTime() && b.startAt.getTime() < a.endAt.getTime();
}
