import 'server-only';
import { z } from 'zod';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import { checkIn, checkOut, completeBooking } from '@/lib/booking/visit-steps';
import { prisma } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import { appUrl } from '@/lib/config/app-url';
import { startCheckout } from '@/lib/payments/checkout';
import { leaveReview } from '@/lib/reviews/leave-review';
import { defineOperation } from '../operation';
import type { ErrorCode } from '../problem';
import { Booking, instant, uuid } from '../schemas';
import { bookingInclude, bookingJson } from '../serialize';
import { bookingFor } from './booking-access';
import { exampleBooking as exampleHeldBooking } from './bookings';

// The rest of a booking's life through the API: the business's visit and payment steps, the
// customer's (or business's) reschedule, and the customer's review. Same services as the web.

const bookingId = z.object({ id: uuid });
const answer = async (id: string) => bookingJson(await prisma.booking.findUniqueOrThrow({ where: { id }, include: bookingInclude }));

// A booking after a business step: the one example booking, paid in full.
const exampleBooking = { ...exampleHeldBooking, paid: exampleHeldBooking.total, hold_expires_at: null, next_step: 'none' as const, updated_at: '2031-01-06T10:00:00.000Z' };

function businessStep(options: { name: string; operationId: string; summary: string; status: z.input<typeof Booking>['status']; run: (id: string, actor: Actor, note?: string) => Promise<unknown>; note?: boolean }) {
  return defineOperation({
    method: 'POST',
    path: `/bookings/{id}/${options.name}`,
    operationId: options.operationId,
    summary: options.summary,
    tag: 'Business',
    access: 'authenticated',
    scope: 'write',
    params: bookingId,
    body: options.note ? z.object({ note: z.string().max(500).optional() }).meta({ id: 'PaymentNote' }) : undefined,
    bodyExample: options.note ? { note: 'Bank transfer received 3 Jan' } : undefined,
    response: { status: 200, schema: Booking, description: 'The booking after the step.', example: { ...exampleBooking, status: options.status } },
    errors: ['not_found', 'invalid_transition', 'policy_violation', 'insufficient_scope'] satisfies ErrorCode[],
    handler: async ({ caller, params, body }) => {
      const { actor } = await bookingFor(caller, params.id, 'business');
      await options.run(params.id, actor, (body as { note?: string } | undefined)?.note);
      return answer(params.id);
    },
  });
}

export const markPaidOperation = businessStep({
  name: 'mark-paid',
  operationId: 'markBookingPaid',
  summary: 'Record that a bank transfer or cash payment arrived',
  status: 'confirmed',
  note: true,
  run: (id, actor, note) => verifyManualPayment(prisma, id, actor, note),
});
export const checkInOperation = businessStep({ name: 'check-in', operationId: 'checkInBooking', summary: 'The customer arrived or picked up', status: 'checked_in', run: (id, actor) => checkIn(prisma, id, actor) });
export const checkOutOperation = businessStep({ name: 'check-out', operationId: 'checkOutBooking', summary: 'The customer returned or left', status: 'completed', run: (id, actor) => checkOut(prisma, id, actor) });
export const completeOperation = businessStep({ name: 'complete', operationId: 'completeBooking', summary: 'Mark a booking done', status: 'completed', run: (id, actor) => completeBooking(prisma, id, actor) });

export const rescheduleOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/reschedule',
  operationId: 'rescheduleBooking',
  summary: 'Move a booking to another time',
  description: 'Its customer (before the start, within the policy) or its business. The price stays; a move that would change it is refused.',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'write',
  params: bookingId,
  body: z
    .object({ start_at: instant.optional(), end_at: instant.optional(), session_id: uuid.optional() })
    .meta({ id: 'RescheduleRequest' }),
  bodyExample: { start_at: '2031-01-07T10:00:00Z', end_at: '2031-01-07T14:00:00Z' },
  response: { status: 200, schema: Booking, description: 'The booking at its new time.', example: { ...exampleBooking, status: 'confirmed', start_at: '2031-01-07T10:00:00.000Z', end_at: '2031-01-07T14:00:00.000Z' } },
  errors: ['not_found', 'slot_unavailable', 'invalid_transition', 'policy_violation', 'insufficient_scope', 'forbidden'],
  handler: async ({ caller, params, body }) => {
    const { actor } = await bookingFor(caller, params.id);
    await rescheduleBooking(prisma, params.id, { startAt: body.start_at, endAt: body.end_at, sessionId: body.session_id }, actor);
    return answer(params.id);
  },
});

export const Review = z
  .object({ id: uuid, booking_id: uuid, listing_id: uuid, rating: z.int().min(1).max(5), comment: z.string(), author_name: z.string().nullable(), created_at: instant })
  .meta({ id: 'Review' });

export const reviewBookingOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/review',
  operationId: 'reviewBooking',
  summary: 'Review a completed booking',
  description: 'Its customer, once, after the booking is completed.',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'write',
  params: bookingId,
  body: z.object({ rating: z.int().min(1).max(5), comment: z.string().max(2000).optional() }).meta({ id: 'ReviewRequest' }),
  bodyExample: { rating: 5, comment: 'Great kayak, friendly staff.' },
  response: {
    status: 201,
    schema: Review,
    description: 'The review.',
    example: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a90', booking_id: exampleBooking.id, listing_id: exampleBooking.listing.id, rating: 5, comment: 'Great kayak, friendly staff.', author_name: 'Cora', created_at: '2031-01-08T09:00:00.000Z' },
  },
  errors: ['not_found', 'conflict', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const { actor } = await bookingFor(caller, params.id, 'customer');
    const review = await leaveReview(prisma, { bookingId: params.id, rating: body.rating, comment: body.comment ?? '' }, actor);
    const row = await prisma.review.findUniqueOrThrow({ where: { id: review.id }, include: { author: { select: { name: true } } } });
    return { id: row.id, booking_id: row.bookingId, listing_id: row.listingId, rating: row.rating, comment: row.comment, author_name: row.author?.name ?? null, created_at: row.createdAt.toISOString() };
  },
});

export const checkoutOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/checkout',
  operationId: 'checkoutBooking',
  summary: 'Start paying: a payment page URL',
  description: 'For a booking awaiting an online payment: a hosted payment page (Stripe Checkout, or the test checkout in test mode) for what is due now, valid until `expires_at`. Send the customer there. Requires an Idempotency-Key.',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'write',
  idempotency: 'required',
  params: bookingId,
  response: {
    status: 201,
    schema: z
      .object({ url: z.url(), session_id: z.string(), amount: z.object({ amount: z.int(), currency: z.string().length(3) }), expires_at: instant })
      .meta({ id: 'CheckoutSession' }),
    description: 'The payment page.',
    example: { url: 'https://checkout.stripe.com/c/pay/cs_test_a1b2', session_id: 'cs_test_a1b2', amount: { amount: 8000, currency: 'GBP' }, expires_at: '2031-01-06T08:31:00.000Z' },
  },
  errors: ['not_found', 'invalid_transition', 'policy_violation', 'insufficient_scope', 'idempotency_key_required'],
  handler: async ({ caller, params }) => {
    const { booking } = await bookingFor(caller, params.id);
    const started = await startCheckout(prisma, { bookingId: booking.id, baseUrl: appUrl() });
    return { url: started.url, session_id: started.sessionId, amount: { amount: started.amount, currency: booking.currency }, expires_at: started.expiresAt.toISOString() };
  },
});
