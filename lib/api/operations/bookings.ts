import 'server-only';
import { z } from 'zod';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { previewBooking } from '@/lib/booking/preview-booking';
import { requestBooking } from '@/lib/booking/request-booking';
import { prisma } from '@/lib/db/prisma';
import { customer, guest, type Actor } from '@/lib/domain/actor';
import { ValidationFailed } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { apiClientIp, businessActor } from '../caller';
import { defineOperation } from '../operation';
import { Booking, BookingStatus, instant, page, paginationQuery, Quote, uuid } from '../schemas';
import { bookingInclude, bookingJson, quoteJson } from '../serialize';
import { bookingFor } from './booking-access';

// Booking operations: the same services as the booking form, the account pages and the dashboard.

const contact = z
  .object({ name: z.string().max(120), email: z.string().max(254), phone: z.string().max(40) })
  .meta({ description: 'Required for guests and API keys; a customer’s profile is used when omitted.' });

const bookingRequest = z
  .object({
    listing_id: uuid,
    start_at: instant.optional().meta({ description: 'Rentals: pickup; appointments: the slot start.' }),
    end_at: instant.optional().meta({ description: 'Rentals: return.' }),
    session_id: uuid.optional().meta({ description: 'Sessions: which session.' }),
    staff_id: uuid.optional().meta({ description: 'Appointments: a staff member, or omit for anyone free.' }),
    quantity: z.int().min(1).max(100).default(1),
    notes: z.string().max(1000).optional(),
    promo_code: z.string().max(40).optional().meta({ description: 'A promo code of the listing’s business (case-insensitive); an unknown, expired or used-up code answers validation_failed.' }),
    contact: contact.optional(),
  })
  .meta({ id: 'BookingRequest' });

const toServiceInput = (body: z.output<typeof bookingRequest>) => ({
  listingId: body.listing_id,
  startAt: body.start_at,
  endAt: body.end_at,
  sessionId: body.session_id,
  staffId: body.staff_id,
  quantity: body.quantity,
  notes: body.notes,
  promoCode: body.promo_code,
  contact: body.contact,
});

const exampleQuote = {
  currency: 'GBP',
  line_items: [{ code: 'base', label: '4 hours × £20.00', quantity: 4, unit_amount: 2000, amount: 8000 }],
  subtotal: 8000,
  fees_total: 0,
  discount_total: 0,
  tax_total: 0,
  total: 8000,
  deposit_due: 8000,
  balance_due: 0,
  time_zone: 'Europe/London',
  promo_code: null,
};

export const exampleBooking = {
  id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a70',
  reference: 'BK-7F3K2Q',
  status: 'awaiting_payment' as const,
  listing: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', slug: 'sea-kayak', title: 'Sea kayak', kind: 'rental' as const },
  vendor: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61', slug: 'harbour-kayaks', name: 'Harbour Kayaks' },
  start_at: '2031-01-06T10:00:00.000Z',
  end_at: '2031-01-06T14:00:00.000Z',
  time_zone: 'Europe/London',
  quantity: 1,
  contact: { name: 'Gia Guest', email: 'gia@example.com', phone: '+44 7700 900000' },
  notes: null,
  price: exampleQuote,
  total: { amount: 8000, currency: 'GBP' },
  paid: { amount: 0, currency: 'GBP' },
  refunded: { amount: 0, currency: 'GBP' },
  hold_expires_at: '2031-01-06T08:30:00.000Z',
  next_step: 'pay' as const,
  cancel_reason: null,
  source: 'API',
  created_at: '2031-01-06T08:00:00.000Z',
  updated_at: '2031-01-06T08:00:00.000Z',
};

export const createQuote = defineOperation({
  method: 'POST',
  path: '/quotes',
  operationId: 'createQuote',
  summary: 'Price a booking before making it',
  description: 'The same price and availability check the booking form shows. Writes nothing.',
  tag: 'Bookings',
  access: 'public',
  scope: 'read',
  body: bookingRequest.omit({ notes: true, contact: true, staff_id: true }).meta({ id: 'QuoteRequest' }),
  bodyExample: { listing_id: exampleBooking.listing.id, start_at: '2031-01-06T10:00:00Z', end_at: '2031-01-06T14:00:00Z', quantity: 1 },
  response: {
    status: 200,
    schema: z
      .object({
        quote: Quote,
        available: z.int().nullable().meta({ description: 'Units free for the range, or seats left in the session.' }),
        bookable: z.boolean(),
        problem: z.string().nullable().meta({ description: 'Why it cannot be booked as asked (null when it can).' }),
      })
      .meta({ id: 'QuoteAnswer' }),
    description: 'The price snapshot and whether it can be booked.',
    example: { quote: exampleQuote, available: 2, bookable: true, problem: null },
  },
  errors: ['not_found', 'validation_failed'],
  handler: async ({ body }) => {
    const preview = await previewBooking(prisma, { listingId: body.listing_id, startAt: body.start_at ? new Date(body.start_at) : undefined, endAt: body.end_at ? new Date(body.end_at) : undefined, sessionId: body.session_id, quantity: body.quantity, promoCode: body.promo_code });
    if (preview.promoProblem) throw new ValidationFailed(preview.promoProblem, { promoCode: [preview.promoProblem] });
    if (!preview.quote) {
      throw new ValidationFailed(preview.problem ?? 'Choose what to book: start_at and end_at, or session_id.', {
        [preview.problem ? 'endAt' : 'startAt']: [preview.problem ?? 'Choose a time'],
      });
    }
    return { quote: quoteJson(preview.quote), available: preview.available, bookable: preview.problem === null, problem: preview.problem };
  },
});

export const createBooking = defineOperation({
  method: 'POST',
  path: '/bookings',
  operationId: 'createBooking',
  summary: 'Book',
  description:
    'A guest (no credentials, with `contact`), a customer (access token) or a business (API key with the write scope, with `contact`). Instant listings answer a booking to pay (`next_step: pay`, held until `hold_expires_at`) or confirmed; request-to-book listings a request the business answers. Requires an Idempotency-Key.',
  tag: 'Bookings',
  access: 'public',
  scope: 'write',
  idempotency: 'required',
  body: bookingRequest,
  bodyExample: { listing_id: exampleBooking.listing.id, start_at: '2031-01-06T10:00:00Z', end_at: '2031-01-06T14:00:00Z', quantity: 1, contact: exampleBooking.contact },
  response: { status: 201, schema: Booking, description: 'The booking, holding its time.', example: exampleBooking },
  errors: ['not_found', 'slot_unavailable', 'validation_failed', 'policy_violation', 'rate_limited', 'idempotency_key_required', 'idempotency_key_reused', 'idempotency_request_in_progress', 'insufficient_scope', 'forbidden'],
  handler: async ({ caller, body, request, idempotency }) => {
    const actor: Actor = caller.kind === 'anonymous' ? guest() : caller.kind === 'api_key' ? caller.actor : customer(caller.user.id);
    // A person's unpaid holds are capped (lib/booking/hold-caps.ts): 429 with Retry-After past the cap.
    // The answer is stored with the booking, in its transaction: a retry after a crash replays it.
    let answer: ReturnType<typeof bookingJson> | undefined;
    await requestBooking(prisma, toServiceInput(body), actor, {
      source: 'API',
      clientAddress: apiClientIp(request.headers),
      inTransaction: async (tx, booking) => {
        answer = bookingJson(await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, include: bookingInclude }));
        await idempotency?.answerInTransaction(tx, { status: 201, body: answer });
      },
    });
    return answer!;
  },
});

export const listBookings = defineOperation({
  method: 'GET',
  path: '/bookings',
  operationId: 'listBookings',
  summary: 'List bookings',
  description: 'A customer’s own bookings (access token), or a business’s (API key or a member’s token), oldest first; `updated_since` for syncing.',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'read',
  query: z.object({
    status: BookingStatus.optional(),
    listing_id: uuid.optional(),
    from: instant.optional().meta({ description: 'Bookings ending after this instant.' }),
    to: instant.optional().meta({ description: 'Bookings starting before this instant.' }),
    updated_since: instant.optional(),
    ...paginationQuery,
  }),
  response: { status: 200, schema: page(Booking, 'BookingPage'), description: 'A page of bookings.', example: { data: [exampleBooking], has_more: false, next_cursor: null } },
  errors: ['validation_failed', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, query }) => {
    let owner: Prisma.BookingWhereInput;
    if (caller.kind === 'user' && caller.user.memberships.length === 0 && caller.actor.kind !== 'operator') owner = { customerId: caller.user.id };
    else {
      const actor = businessActor(caller, 'read');
      owner = actor.kind === 'member' ? { vendorId: actor.vendorId } : {};
    }
    if (query.cursor && !z.uuid().safeParse(query.cursor).success) throw new ValidationFailed('This cursor is not valid.', { cursor: ['Not a cursor of this list'] });
    const rows = await prisma.booking.findMany({
      where: {
        ...owner,
        ...(query.status ? { status: query.status.toUpperCase() as Prisma.BookingWhereInput['status'] } : {}),
        ...(query.listing_id ? { listingId: query.listing_id } : {}),
        ...(query.from ? { endAt: { gt: new Date(query.from) } } : {}),
        ...(query.to ? { startAt: { lt: new Date(query.to) } } : {}),
        ...(query.updated_since ? { updatedAt: { gte: new Date(query.updated_since) } } : {}),
        // Ids are time-ordered (UUIDv7): "after this id" is stable while bookings are added.
        ...(query.cursor ? { id: { gt: query.cursor } } : {}),
      },
      orderBy: { id: 'asc' },
      take: query.limit + 1,
      include: bookingInclude,
    });
    const shown = rows.slice(0, query.limit);
    return { data: shown.map(bookingJson), has_more: rows.length > query.limit, next_cursor: rows.length > query.limit ? shown.at(-1)!.id : null };
  },
});

const bookingId = z.object({ id: uuid });

export const getBooking = defineOperation({
  method: 'GET',
  path: '/bookings/{id}',
  operationId: 'getBooking',
  summary: 'Get a booking',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'read',
  params: bookingId,
  response: { status: 200, schema: Booking, description: 'The booking.', example: exampleBooking },
  errors: ['not_found', 'validation_failed', 'insufficient_scope'],
  handler: async ({ caller, params }) => bookingJson((await bookingFor(caller, params.id)).booking),
});

const reasonBody = (required: boolean) =>
  z.object({ reason: required ? z.string().max(500) : z.string().max(500).optional() }).meta({ id: required ? 'ReasonRequired' : 'Reason' });

async function answer(id: string) {
  return bookingJson(await prisma.booking.findUniqueOrThrow({ where: { id }, include: bookingInclude }));
}

export const cancelBookingOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/cancel',
  operationId: 'cancelBooking',
  summary: 'Cancel a booking',
  description: 'Its customer within the listing’s cancellation policy; the business (a reason is required) or an operator at any time.',
  tag: 'Bookings',
  access: 'authenticated',
  scope: 'write',
  params: bookingId,
  body: reasonBody(false),
  bodyExample: { reason: 'Plans changed' },
  response: { status: 200, schema: Booking, description: 'The cancelled booking.', example: { ...exampleBooking, status: 'cancelled', next_step: 'none', hold_expires_at: null, cancel_reason: 'Plans changed' } },
  errors: ['not_found', 'invalid_transition', 'policy_violation', 'validation_failed', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const { actor } = await bookingFor(caller, params.id);
    await cancelBooking(prisma, params.id, actor, body.reason);
    return answer(params.id);
  },
});

export const approveBookingOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/approve',
  operationId: 'approveBooking',
  summary: 'Accept a booking request',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: bookingId,
  response: { status: 200, schema: Booking, description: 'The booking, now awaiting payment or confirmed.', example: { ...exampleBooking, status: 'confirmed', next_step: 'none', hold_expires_at: null } },
  errors: ['not_found', 'invalid_transition', 'insufficient_scope', 'forbidden'],
  handler: async ({ caller, params }) => {
    const { actor } = await bookingFor(caller, params.id, 'business');
    await approveBooking(prisma, params.id, actor);
    return answer(params.id);
  },
});

export const declineBookingOperation = defineOperation({
  method: 'POST',
  path: '/bookings/{id}/decline',
  operationId: 'declineBooking',
  summary: 'Turn a booking request down',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: bookingId,
  body: reasonBody(true),
  bodyExample: { reason: 'Closed for maintenance that week' },
  response: { status: 200, schema: Booking, description: 'The declined booking.', example: { ...exampleBooking, status: 'declined', next_step: 'none', hold_expires_at: null } },
  errors: ['not_found', 'invalid_transition', 'validation_failed', 'insufficient_scope', 'forbidden'],
  handler: async ({ caller, params, body }) => {
    const { actor } = await bookingFor(caller, params.id, 'business');
    await declineBooking(prisma, params.id, actor, body.reason ?? '');
    return answer(params.id);
  },
});
