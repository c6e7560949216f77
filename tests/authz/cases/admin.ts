import type { ActionCase, World } from '../matrix';

// The operator console: every action is for operators only. Inputs create fresh rows, so each role
// acts on something it could change (a suspended vendor is a new one: the other cases use A and B).

const only = ['operator'] as const;
const reason = 'Checked by the matrix';

async function freshVendor(w: World, status: 'ACTIVE' | 'SUSPENDED' = 'ACTIVE') {
  const slug = `matrix-${w.unique()}`;
  return w.db.vendor.create({
    data: {
      slug,
      name: `Matrix ${slug}`,
      contactEmail: `${slug}@example.com`,
      timeZone: 'Europe/London',
      currency: 'GBP',
      ...(status === 'SUSPENDED' ? { status, suspendedAt: new Date(), suspensionReason: 'Earlier suspension' } : {}),
    },
  });
}

async function bookingIn(w: World, status: Parameters<World['booking']>[1], options: { paymentMode?: 'MANUAL'; paidAmount?: number; startsSoon?: boolean } = {}) {
  const listing = await w.rentalListing(w.vendorA.id, options.paymentMode ? { paymentMode: options.paymentMode } : {});
  const booking = await w.booking(listing.id, status, { paidAmount: options.paidAmount });
  if (options.startsSoon) {
    // Check-in opens a day before the start: move it to the next hour.
    const startAt = new Date(Date.now() + 3_600_000);
    const endAt = new Date(startAt.getTime() + 3_600_000);
    await w.db.booking.update({ where: { id: booking.id }, data: { startAt, endAt } });
    await w.db.bookingAllocation.updateMany({ where: { bookingId: booking.id }, data: { startAt, endAt } });
  }
  return booking;
}

const step = (action: string, build: (w: World) => Promise<{ id: string }>): ActionCase => ({
  module: 'lib/actions/admin/bookings.ts',
  action: 'operatorBookingStepAction',
  label: action,
  allow: [...only],
  input: async (w) => ({ bookingId: (await build(w)).id, action, reason }),
});

export const cases: ActionCase[] = [
  {
    module: 'lib/actions/admin/vendors.ts',
    action: 'suspendVendorAction',
    allow: [...only],
    input: async (w) => ({ vendorId: (await freshVendor(w)).id, reason }),
  },
  {
    module: 'lib/actions/admin/vendors.ts',
    action: 'reactivateVendorAction',
    allow: [...only],
    input: async (w) => ({ vendorId: (await freshVendor(w, 'SUSPENDED')).id, reason }),
  },
  {
    module: 'lib/actions/admin/listings.ts',
    action: 'unpublishListingAction',
    allow: [...only],
    input: async (w) => ({ listingId: (await w.rentalListing(w.vendorB.id)).id, reason }),
  },
  step('approve', (w) => bookingIn(w, 'REQUESTED')),
  step('decline', (w) => bookingIn(w, 'REQUESTED')),
  step('verifyManualPayment', (w) => bookingIn(w, 'AWAITING_PAYMENT', { paymentMode: 'MANUAL' })),
  step('checkIn', (w) => bookingIn(w, 'CONFIRMED', { startsSoon: true })),
  step('checkOut', (w) => bookingIn(w, 'CHECKED_IN', { startsSoon: true })),
  step('complete', (w) => bookingIn(w, 'CHECKED_IN', { startsSoon: true })),
  step('cancel', (w) => bookingIn(w, 'CONFIRMED')),
  {
    module: 'lib/actions/admin/bookings.ts',
    action: 'operatorRefundAction',
    allow: [...only],
    input: async (w) => ({ bookingId: (await bookingIn(w, 'CONFIRMED', { paidAmount: 2000 })).id, amount: '5', reason, customerMessage: 'Sorry for the trouble' }),
  },
  {
    module: 'lib/actions/admin/outbox.ts',
    action: 'retryOutboxMessageAction',
    allow: [...only],
    input: async (w) => {
      const message = await w.db.outboxMessage.create({ data: { topic: `matrix.${w.unique()}`, payload: {}, status: 'FAILED', attempts: 8, lastError: 'Down' } });
      return { messageId: message.id, reason };
    },
  },
  {
    module: 'lib/actions/admin/outbox.ts',
    action: 'retryWebhookDeliveryAction',
    allow: [...only],
    input: async (w) => {
      const endpoint = await w.db.webhookEndpoint.create({ data: { vendorId: w.vendorA.id, url: 'https://example.com/hook', secret: 'whsec_bWF0cml4LXNlY3JldC1tYXRyaXg=', events: ['booking.confirmed'] } });
      const event = await w.db.webhookEvent.create({ data: { vendorId: w.vendorA.id, type: 'booking.confirmed', apiVersion: '2026-12-03', data: {} } });
      const delivery = await w.db.webhookDelivery.create({
        data: { endpointId: endpoint.id, eventId: event.id, eventType: 'booking.confirmed', payload: {}, status: 'FAILED', attempts: 10 },
      });
      return { deliveryId: delivery.id, reason };
    },
  },
  {
    module: 'lib/actions/admin/outbox.ts',
    action: 'retryOutboxDeliveryAction',
    allow: [...only],
    input: async (w) => {
      const message = await w.db.outboxMessage.create({ data: { topic: `matrix.${w.unique()}`, payload: {}, status: 'DONE', attempts: 1 } });
      const delivery = await w.db.outboxDelivery.create({ data: { messageId: message.id, handler: 'booking-email', recipient: 'a@example.com', status: 'DEAD', attempts: 8, lastError: 'Down' } });
      return { deliveryId: delivery.id, reason };
    },
  },
  {
    module: 'lib/actions/admin/outbox.ts',
    action: 'sendTestEmailAction',
    allow: [...only],
    input: async (w) => ({ to: `matrix-${w.unique()}@example.com` }),
  },
  {
    module: 'lib/actions/admin/users.ts',
    action: 'setUserSignInAction',
    label: 'disable',
    allow: [...only],
    input: async (w) => {
      const user = await w.db.user.create({ data: { email: `matrix-${w.unique()}@example.com`, name: 'Matrix person' } });
      return { userId: user.id, disabled: true, reason };
    },
  },
  {
    module: 'lib/actions/admin/users.ts',
    action: 'setUserSignInAction',
    label: 'enable',
    allow: [...only],
    input: async (w) => {
      const user = await w.db.user.create({ data: { email: `matrix-${w.unique()}@example.com`, name: 'Matrix person', disabledAt: new Date() } });
      return { userId: user.id, disabled: false, reason };
    },
  },
];
