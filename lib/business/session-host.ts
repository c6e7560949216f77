import 'server-only';
// A group session's host: the staff member whose 1:1 calendar the session shares. Scheduling a
// session they host locks their staff row, the same lock a 1:1 booking takes (lib/booking/place.ts),
// so a session and an appointment racing for the same hour queue and only one of them gets it.
import type { Tx } from '@/lib/db/prisma';
import { expireLapsedHoldsOn, lockStaff } from '@/lib/booking/inventory';
import { isBlocking } from '@/lib/domain/booking-status';
import { hostBusyRange, overlaps, type Buffers } from '@/lib/domain/session-host';
import { NotFound, PolicyViolation, SlotUnavailable } from '@/lib/errors';

type Range = { startAt: Date; endAt: Date };
type Busy = Range & { what: string };

/** Locks the host's staff row (checking they work for this business and are active). */
export async function lockHost(tx: Tx, vendorId: string, hostStaffId: string) {
  const host = await tx.staffMember.findFirst({ where: { id: hostStaffId, vendorId }, select: { id: true, name: true } });
  if (!host) throw new NotFound('Staff member not found.');
  const [locked] = await lockStaff(tx, [host.id]);
  if (!locked?.active) throw new PolicyViolation(`${host.name} is not active and cannot host sessions.`);
  return host;
}

/** What keeps the host busy over [from, to): their appointments, time off, busy calendar times and other sessions they host. */
export async function hostBusyTimes(tx: Tx, hostStaffId: string, from: Date, to: Date, now: Date, excludeSessionId?: string): Promise<Busy[]> {
  // Lapsed unpaid holds stop blocking now; tidy them first, as a booking would.
  await expireLapsedHoldsOn(tx, { staffIds: [hostStaffId] }, { startAt: from, endAt: to }, now);
  const window = { startAt: { lt: to }, endAt: { gt: from } };
  // One query at a time: a transaction has one connection.
  const allocations = await tx.bookingAllocation.findMany({ where: { staffId: hostStaffId, blocking: true, ...window }, select: { startAt: true, endAt: true, booking: { select: { status: true, holdExpiresAt: true, reference: true } } } });
  const timeOff = await tx.staffTimeOff.findMany({ where: { staffId: hostStaffId, ...window }, select: { startAt: true, endAt: true } });
  const blocks = await tx.externalBusyBlock.findMany({ where: { staffId: hostStaffId, ...window }, select: { startAt: true, endAt: true } });
  // Other hosted sessions: their buffers may reach into the window from a little further out.
  const sessions = await tx.listingSession.findMany({
    where: { hostStaffId, status: 'SCHEDULED', startAt: { lt: new Date(to.getTime() + 86_400_000) }, endAt: { gt: new Date(from.getTime() - 86_400_000) }, ...(excludeSessionId ? { id: { not: excludeSessionId } } : {}) },
    select: { startAt: true, endAt: true, listing: { select: { title: true, bufferBeforeMinutes: true, bufferAfterMinutes: true } } },
  });
  return [
    ...allocations.filter((a) => isBlocking(a.booking.status, a.booking.holdExpiresAt, now)).map((a) => ({ startAt: a.startAt, endAt: a.endAt, what: `an appointment (${a.booking.reference})` })),
    ...timeOff.map((t) => ({ ...t, what: 'time off' })),
    ...blocks.map((b) => ({ ...b, what: 'a busy time in their calendar' })),
    ...sessions.map((s) => ({ ...hostBusyRange(s, s.listing), what: `another session (${s.listing.title})` })),
  ];
}

/** The first thing keeping the host busy during the session (with its buffers), or null when free. */
export function hostConflict(busy: Busy[], session: Range, buffers: Buffers): Busy | null {
  const needed = hostBusyRange(session, buffers);
  return busy.find((b) => overlaps(b, needed)) ?? null;
}

/** Refuses (409) a session its host cannot run: call under lockHost, in the transaction that writes the session. */
export async function assertHostFree(tx: Tx, host: { id: string; name: string }, session: Range, buffers: Buffers, now: Date, excludeSessionId?: string) {
  const needed = hostBusyRange(session, buffers);
  const conflict = hostConflict(await hostBusyTimes(tx, host.id, needed.startAt, needed.endAt, now, excludeSessionId), session, buffers);
  if (conflict) throw new SlotUnavailable(`${host.name} is not free then: they have ${conflict.what} at that time.`);
}
