import 'server-only';
import type { Tx } from '@/lib/db/prisma';
import type { Payment, Prisma, WebhookEvent } from '@/lib/generated/prisma/client';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import { CURRENT_API_VERSION } from '@/lib/api/versions';
import { bookingEventTypes } from './booking-event-types';
import { bookingObject, listingObject, paymentObject, reviewObject } from './event-objects';
import type { WebhookEventType } from './event-types';

// Events are written in the transaction of the change they describe, together with one delivery
// per subscribed, enabled endpoint: the change, its event and its deliveries commit or vanish
// together, and the worker (deliver-webhooks.ts) sends them after commit.

type EventInput = { vendorId: string; type: string; object: unknown; endpointId?: string; now?: Date };

/** The body every endpoint receives for an event (signed as sent). */
export function eventPayload(event: Pick<WebhookEvent, 'id' | 'type' | 'createdAt' | 'apiVersion' | 'data'>) {
  return { id: event.id, type: event.type, created_at: event.createdAt.toISOString(), api_version: event.apiVersion, data: { object: event.data } };
}

export async function recordWebhookEvent(tx: Tx, input: EventInput): Promise<WebhookEvent> {
  const event = await tx.webhookEvent.create({
    data: {
      vendorId: input.vendorId,
      type: input.type,
      apiVersion: CURRENT_API_VERSION,
      data: input.object as Prisma.InputJsonValue,
      endpointId: input.endpointId ?? null,
      ...(input.now ? { createdAt: input.now } : {}),
    },
  });
  const endpoints = input.endpointId
    ? [{ id: input.endpointId }]
    : await tx.webhookEndpoint.findMany({ where: { vendorId: input.vendorId, active: true, events: { has: input.type } }, select: { id: true } });
  if (endpoints.length > 0) {
    const payload = eventPayload(event) as Prisma.InputJsonValue;
    await tx.webhookDelivery.createMany({
      data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId: event.id, eventType: event.type, payload, nextAttemptAt: event.createdAt })),
      skipDuplicates: true,
    });
  }
  return event;
}

async function recordAll(tx: Tx, vendorId: string, types: readonly WebhookEventType[], object: unknown) {
  for (const type of types) await recordWebhookEvent(tx, { vendorId, type, object });
}

/** The booking.* events of one transition (none for edits without news), with the booking as it became. */
export async function emitBookingEvents(tx: Tx, change: { bookingId: string; vendorId: string; from: BookingStatus | null; to: BookingStatus; data?: Record<string, unknown> }) {
  const types = bookingEventTypes({ from: change.from, to: change.to, action: change.data?.action, kind: change.data?.kind });
  if (types.length === 0) return;
  await recordAll(tx, change.vendorId, types, await bookingObject(tx, change.bookingId));
}

/** payment.succeeded for a charge, payment.refunded for a refund, once the money moved. */
export async function emitPaymentEvent(tx: Tx, payment: Payment) {
  if (payment.status !== 'SUCCEEDED') return;
  const { vendorId, object } = await paymentObject(tx, payment);
  await recordWebhookEvent(tx, { vendorId, type: payment.kind === 'CHARGE' ? 'payment.succeeded' : 'payment.refunded', object });
}

export async function emitReviewCreated(tx: Tx, reviewId: string) {
  const { vendorId, object } = await reviewObject(tx, reviewId);
  await recordWebhookEvent(tx, { vendorId, type: 'review.created', object });
}

export async function emitListingUpdated(tx: Tx, listingId: string) {
  const { vendorId, object } = await listingObject(tx, listingId);
  await recordWebhookEvent(tx, { vendorId, type: 'listing.updated', object });
}
