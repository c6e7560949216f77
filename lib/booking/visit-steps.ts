import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { BALANCE_METHOD_WORDS, balanceDue, type BalanceMethod } from '@/lib/domain/balance';
import { CHECK_IN_EARLY_HOURS, assertMayPerform } from '@/lib/domain/booking-permissions';
import { formatMoney } from '@/lib/domain/money';
import { Forbidden, NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { emitPaymentEvent } from '@/lib/webhooks/record-event';
import { lockBooking } from './inventory';
import { inBookingTransaction } from './transaction';
import { transitionBooking, type LockedBooking } from './transition';

const personId = (actor: Actor) => (actor.kind === 'member' || actor.kind === 'operator' ? (actor.userId ?? null) : null);

/**
 * Takes the balance at the desk (cash or card), under the caller's lock on the booking: a payment
 * row with who recorded it, and who, when and how on the booking. Returns the booking's changes.
 */
async function takeBalance(tx: Tx, booking: LockedBooking, actor: Actor, method: BalanceMethod, now: Date): Promise<Prisma.BookingUpdateInput> {
  const due = balanceDue(booking);
  if (due <= 0) throw new PolicyViolation('Nothing is left to pay on this booking.');
  const recordedById = personId(actor);
  await emitPaymentEvent(
    tx,
    await tx.payment.create({
      data: { bookingId: booking.id, provider: 'MANUAL', kind: 'CHARGE', status: 'SUCCEEDED', amount: due, currency: booking.currency, recordedById, reason: `Balance paid at the desk (${BALANCE_METHOD_WORDS[method]})` },
    }),
  );
  return { paidAmount: { increment: due }, balancePaymentMethod: method, balancePaidById: recordedById, balancePaidAt: now };
}

/** The customer arrived or picked up: allowed from a day before the start until the end. The desk may take the balance at the same time. */
export async function checkIn(db: Db | Tx, bookingId: string, actor: Actor, now = new Date(), options: { balancePaidWith?: BalanceMethod } = {}) {
  return transitionBooking(db, bookingId, {
    action: 'checkIn',
    actor,
    prepare: async (booking, tx) => {
      if (now.getTime() < booking.startAt.getTime() - CHECK_IN_EARLY_HOURS * 3_600_000) throw new PolicyViolation('Check-in opens 24 hours before the start.');
      if (now.getTime() >= booking.endAt.getTime()) throw new PolicyViolation('This booking has already ended; complete it instead.');
      const balance = options.balancePaidWith ? await takeBalance(tx, booking, actor, options.balancePaidWith, now) : {};
      return { patch: { checkedInAt: now, ...balance }, data: options.balancePaidWith ? { balancePaidWith: options.balancePaidWith, balanceAmount: balanceDue(booking) } : undefined };
    },
  });
}

/** The desk takes the balance of a confirmed or checked-in booking (cash or card), recording who and when. */
export async function recordBalancePayment(db: Db | Tx, bookingId: string, actor: Actor, method: BalanceMethod, now = new Date()) {
  return inBookingTransaction(db, async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking) throw new NotFound('This booking does not exist.');
    assertMayPerform(actor, 'checkIn', booking); // the desk's right: the business's members and operators
    if (booking.status !== 'CONFIRMED' && booking.status !== 'CHECKED_IN') throw new PolicyViolation('A balance is taken from a confirmed or checked-in booking.');
    const amount = balanceDue(booking);
    const updated = await tx.booking.update({ where: { id: booking.id }, data: await takeBalance(tx, booking, actor, method, now) });
    await tx.bookingEvent.create({
      data: {
        bookingId: booking.id,
        fromStatus: booking.status,
        toStatus: booking.status,
        actorType: actor.kind === 'operator' ? 'OPERATOR' : 'VENDOR',
        actorId: personId(actor),
        reason: `Balance of ${formatMoney(amount, booking.currency)} paid (${BALANCE_METHOD_WORDS[method]}).`,
        data: { kind: 'balance_paid', amount, method },
      },
    });
    return updated;
  });
}

/** Who may let a customer leave with a balance still due: the business's owners and operators. */
const mayOverrideBalance = (actor: Actor) => actor.kind === 'operator' || (actor.kind === 'member' && actor.role === 'OWNER');

/** Refuses to close a checked-in booking with a balance due, unless an owner overrides it with a reason. */
function balanceGuard(booking: LockedBooking, actor: Actor, override: { reason?: string } | undefined): Prisma.BookingUpdateInput {
  const due = balanceDue(booking);
  if (due <= 0 || actor.kind === 'system') return {};
  if (!override) {
    throw new PolicyViolation(`${formatMoney(due, booking.currency)} is still due. Record the balance payment first, or an owner can check out anyway with a reason.`);
  }
  if (!mayOverrideBalance(actor)) throw new Forbidden('Only an owner can check out a booking with a balance due.');
  const reason = override.reason?.trim() ?? '';
  if (reason.length < 3) throw new ValidationFailed('Say why the customer may leave with a balance due.', { reason: ['Enter a reason'] });
  return { checkOutOverrideById: personId(actor), checkOutOverrideReason: reason };
}

/** The customer returned the unit or left: a checked-in booking is completed (not while a balance is due, unless an owner overrides). */
export async function checkOut(db: Db | Tx, bookingId: string, actor: Actor, now = new Date(), override?: { reason?: string }) {
  return transitionBooking(db, bookingId, {
    action: 'checkOut',
    actor,
    internalNote: override?.reason?.trim() || null,
    context: (b) => [{ now, endAt: b.endAt }],
    prepare: async (booking) => {
      if (booking.status !== 'CHECKED_IN') throw new PolicyViolation('Only a checked-in booking can be checked out.');
      const overridden = balanceGuard(booking, actor, override);
      return { patch: { checkedOutAt: now, completedAt: now, ...overridden }, data: overridden.checkOutOverrideReason ? { balanceOverridden: true, balanceDue: balanceDue(booking) } : undefined };
    },
  });
}

/** Marks a booking done: a checked-in one at any time (the balance rule of check-out applies), a confirmed one once it has ended. */
export async function completeBooking(db: Db | Tx, bookingId: string, actor: Actor, now = new Date()) {
  return transitionBooking(db, bookingId, {
    action: 'complete',
    actor,
    context: (b) => [{ now, endAt: b.endAt }],
    prepare: async (booking) => {
      if (booking.status === 'CHECKED_IN') balanceGuard(booking, actor, undefined);
      return { patch: { completedAt: now } };
    },
  });
}
