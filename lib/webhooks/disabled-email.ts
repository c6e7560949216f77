import 'server-only';
import { z } from 'zod';
import { absoluteUrl } from '@/lib/config/app-url';
import { renderEmail } from '@/lib/email/layout';
import { sendEmail } from '@/lib/email/send-email';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { idempotentId } from '@/lib/outbox/idempotent-id';

// Tells a business's owners that one of its webhook endpoints was disabled after failing for
// 5 days (written by deliver-webhooks.ts in the transaction that disables it).

export const ENDPOINT_DISABLED_TOPIC = 'webhook.endpoint_disabled';

const payloadSchema = z.object({ endpointId: z.string(), disabledAt: z.string() });

export const webhookDisabledEmailHandler: OutboxHandler = {
  name: 'webhook-disabled-email',
  topics: [ENDPOINT_DISABLED_TOPIC],
  async recipients(db, message) {
    const { endpointId } = payloadSchema.parse(message.payload);
    const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { vendorId: true } });
    if (!endpoint) return [];
    const owners = await db.user.findMany({ where: { disabledAt: null, memberships: { some: { vendorId: endpoint.vendorId, role: 'OWNER' } } }, select: { email: true } });
    return owners.map((owner) => owner.email.toLowerCase());
  },
  async handle(db, message, { recipient }) {
    const { endpointId } = payloadSchema.parse(message.payload);
    const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, include: { vendor: { select: { name: true, logoUrl: true } } } });
    if (!endpoint || !recipient) return;
    const content = renderEmail({
      brand: { name: endpoint.vendor.name, logoUrl: endpoint.vendor.logoUrl },
      heading: 'A webhook endpoint was disabled',
      paragraphs: [
        `Every delivery to ${endpoint.url} failed for 5 days, so Bookwell stopped sending events to it.`,
        'Fix the receiver, enable the endpoint again, then redeliver the events it missed from its delivery log (or fetch them from GET /api/v1/events).',
      ],
      details: [
        ['Endpoint', endpoint.url],
        ['Last error', (await db.webhookDelivery.findFirst({ where: { endpointId, lastError: { not: null } }, orderBy: { nextAttemptAt: 'desc' }, select: { lastError: true } }))?.lastError ?? '—'],
      ],
      action: { label: 'Open the webhook settings', url: absoluteUrl(`/dashboard/settings/webhooks/${endpoint.id}`) },
      footer: [`You get this email as an owner of ${endpoint.vendor.name} on Bookwell.`],
    });
    await sendEmail(db, { id: idempotentId(message.id, 'email', recipient), to: recipient, subject: `Webhook endpoint disabled: ${endpoint.url}`, ...content });
  },
};
