// The event types a webhook endpoint can subscribe to (the list is a contract with consumers:
// add types, never rename them). Safe for client components: no server code here.

export const WEBHOOK_EVENT_TYPES = [
  'booking.requested',
  'booking.approved',
  'booking.declined',
  'booking.confirmed',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.expired',
  'booking.checked_in',
  'booking.checked_out',
  'booking.completed',
  'payment.succeeded',
  'payment.refunded',
  'review.created',
  'listing.updated',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by "send test event" to one endpoint only; never listed at GET /events. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const EVENT_TYPE_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'booking.requested': 'A customer asked to book (request-to-book); the business answers it.',
  'booking.approved': 'The business accepted a request.',
  'booking.declined': 'The business declined a request.',
  'booking.confirmed': 'A booking is confirmed (booked instantly, paid, or approved with nothing to pay).',
  'booking.rescheduled': 'A booking moved to another time.',
  'booking.cancelled': 'A booking was cancelled (by the customer, the business or an operator).',
  'booking.expired': 'An unanswered request or an unpaid hold expired.',
  'booking.checked_in': 'The customer arrived or picked up.',
  'booking.checked_out': 'The customer returned or left (the booking is completed too).',
  'booking.completed': 'A booking is done.',
  'payment.succeeded': 'Money was received for a booking (online, or a verified transfer).',
  'payment.refunded': 'Money went back to the customer.',
  'review.created': 'A customer reviewed a completed booking.',
  'listing.updated': 'A listing was edited, published or unpublished.',
};

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
