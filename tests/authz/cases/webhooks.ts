import type { ActionCase, World } from '../matrix';

// Webhook endpoints: owners manage their own business's; business A's endpoint is not found for owner B.

const WEBHOOKS = 'lib/actions/business/webhooks.ts';

const endpointOfA = async (w: World) => {
  const endpoint = await w.db.webhookEndpoint.create({
    data: { vendorId: w.vendorA.id, url: 'https://example.com/matrix-hooks', secret: 'whsec_bWF0cml4LXNlY3JldC1tYXRyaXg=', events: ['booking.confirmed'] },
  });
  return endpoint.id;
};

export const cases: ActionCase[] = [
  {
    module: WEBHOOKS,
    action: 'createWebhookEndpointAction',
    allow: ['ownerA', 'ownerB'],
    input: async (w) => ({ url: `https://example.com/hooks/${w.unique()}`, events: ['booking.confirmed'] }),
  },
  { module: WEBHOOKS, action: 'updateWebhookEndpointAction', allow: ['ownerA'], input: async (w) => ({ endpointId: await endpointOfA(w), enabled: false }) },
  { module: WEBHOOKS, action: 'deleteWebhookEndpointAction', allow: ['ownerA'], input: async (w) => ({ endpointId: await endpointOfA(w) }) },
  { module: WEBHOOKS, action: 'rotateWebhookSecretAction', allow: ['ownerA'], input: async (w) => ({ endpointId: await endpointOfA(w) }) },
  { module: WEBHOOKS, action: 'sendWebhookTestAction', allow: ['ownerA'], input: async (w) => ({ endpointId: await endpointOfA(w) }) },
  { module: WEBHOOKS, action: 'redeliverWebhooksAction', allow: ['ownerA'], input: async (w) => ({ endpointId: await endpointOfA(w), days: 7 }) },
];
