import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openApiDocument } from '@/lib/api/openapi-document';
import { approveBooking, declineBooking } from '@/lib/booking/approve-booking';
import { cancelBooking } from '@/lib/booking/cancel-booking';
import { expireStaleHolds } from '@/lib/booking/expire-stale-holds';
import { verifyManualPayment } from '@/lib/booking/payment-steps';
import { requestBooking } from '@/lib/booking/request-booking';
import { rescheduleBooking } from '@/lib/booking/reschedule-booking';
import { checkIn, checkOut } from '@/lib/booking/visit-steps';
import { setListingStatus } from '@/lib/business/listings';
import type { MemberActor } from '@/lib/domain/actor';
import { issueManualRefund } from '@/lib/payments/refunds';
import { leaveReview } from '@/lib/reviews/leave-review';
import { listEvents } from '@/lib/webhooks/delivery-log';
import { WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, givenVendor, guestContact, hoursAfter } from '../support/scenario';
import { startReceiver, type Receiver } from './receiver';
import { givenEndpoint, runWebhooksAt } from './webhook-scenario';

// One business lives through every kind of change the services make; its endpoint (subscribed to
// every type) receives each event type, and each payload is valid for the schema the published
// OpenAPI document gives that type under `webhooks`.

let t: TestDatabase;
let receiver: Receiver;
beforeAll(async () => {
  t = await useTestDatabase();
  process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = 'true';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  receiver = await startReceiver();
});
afterAll(async () => {
  vi.useRealTimers();
  delete process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS;
  await receiver.close();
});

/** The JSON schema the OpenAPI document publishes for one webhook, with the document's components. */
function validatorFor(type: string) {
  const document = structuredClone(openApiDocument()) as unknown as { webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>; components: object };
  const schema = document.webhooks[type]!.post.requestBody.content['application/json'].schema;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }); // shapes and types; formats are zod's to check
  return ajv.compile({ ...schema, components: document.components });
}

describe('webhook payloads', () => {
  it('delivers every event type, each valid for its schema in the OpenAPI document', { timeout: 60_000 }, async () => {
    const business = givenVendor(t.db);
    const instant = await business.withRental({ units: 2 });
    const owner = instant.actor as MemberActor;
    const request = await business.withRental({ units: 2, bookingMode: 'REQUEST' });
    const manual = await business.withRental({ units: 1, paymentMode: 'MANUAL' });
    await givenEndpoint(t.db, owner, receiver, [...WEBHOOK_EVENT_TYPES]);
    const { actor: cora } = await aCustomer(t.db);
    const slot = (hours: number) => ({ startAt: hoursAfter(NOW, hours), endAt: hoursAfter(NOW, hours + 2) });

    // requested → approved + confirmed → rescheduled → cancelled
    const asked = await requestBooking(t.db, { listingId: request.listing.id, ...slot(48), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await approveBooking(t.db, asked.id, owner, NOW);
    await rescheduleBooking(t.db, asked.id, slot(72), owner, NOW);
    await cancelBooking(t.db, asked.id, owner, 'Storm warning', NOW);
    // requested → declined; requested → expired
    const declined = await requestBooking(t.db, { listingId: request.listing.id, ...slot(96), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await declineBooking(t.db, declined.id, owner, 'Fully booked', NOW);
    await requestBooking(t.db, { listingId: request.listing.id, ...slot(120), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await expireStaleHolds(t.db, hoursAfter(NOW, 100));
    // confirmed → checked in → checked out (completed) → reviewed
    const visit = await requestBooking(t.db, { listingId: instant.listing.id, ...slot(2) }, cora, { now: NOW });
    await checkIn(t.db, visit.id, owner, hoursAfter(NOW, 2));
    await checkOut(t.db, visit.id, owner, hoursAfter(NOW, 3));
    await leaveReview(t.db, { bookingId: visit.id, rating: 5, comment: 'Lovely' }, cora, hoursAfter(NOW, 5));
    // a transfer verified, then part of it handed back
    const transfer = await requestBooking(t.db, { listingId: manual.listing.id, ...slot(30), contact: guestContact }, { kind: 'guest' }, { now: NOW });
    await verifyManualPayment(t.db, transfer.id, owner, 'Bank transfer arrived', NOW);
    await issueManualRefund(t.db, transfer.id, owner, { amount: 500, reason: 'Goodwill' });
    // the listing changes
    await setListingStatus(t.db, owner, { listingId: instant.listing.id, status: 'UNPUBLISHED' });

    await runWebhooksAt(t.db, hoursAfter(NOW, 6));
    expect(receiver.rejected).toEqual([]);
    const types = new Set(receiver.received.map((r) => r.type));
    expect([...types].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());

    for (const delivery of receiver.received) {
      const validate = validatorFor(delivery.type);
      expect(validate(delivery.payload), `${delivery.type}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    // The event list has the same payloads (GET /events), newest first, filtered by type.
    const events = await listEvents(t.db, owner, { limit: 100, type: 'booking.cancelled' });
    expect(events.rows.map((e) => e.id)).toEqual(receiver.received.filter((r) => r.type === 'booking.cancelled').map((r) => r.id));
  });
});
