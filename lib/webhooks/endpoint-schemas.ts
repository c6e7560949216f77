// Client-safe: the dashboard's endpoint form validates with these in the browser too; the API's
// operations and the services use the same rules.
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { isPrivateHost } from '@/lib/domain/calendar-url';
import { id } from '@/lib/validation/fields';
import { WEBHOOK_EVENT_TYPES } from './event-types';

/** An endpoint URL: https, no credentials, not a private host by its name (addresses are checked again at each send). */
export const endpointUrl = z
  .string()
  .trim()
  .max(2048, 'Use at most 2048 characters')
  .refine((value) => URL.canParse(value), 'Enter a full URL, e.g. https://example.com/webhooks')
  .refine((value) => !URL.canParse(value) || /^https?:$/.test(new URL(value).protocol), 'The URL must start with https://')
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), 'Remove the user name and password from the URL');

/** With `allowPrivate` (WEBHOOKS_ALLOW_PRIVATE_TARGETS, local development) http and private hosts pass. */
export function checkEndpointUrl(url: string, allowPrivate: boolean): string | null {
  const parsed = new URL(url);
  if (!allowPrivate && parsed.protocol !== 'https:') return 'The URL must start with https://';
  if (!allowPrivate && isPrivateHost(parsed.hostname)) return 'Use a public address, not one on a private network';
  return null;
}

export const eventTypesField = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1, 'Choose at least one event type')
  .transform((types) => [...new Set(types)]);

export const createEndpointSchema = z.object({
  url: endpointUrl,
  description: z.string().trim().max(200, 'Use at most 200 characters').default(''),
  events: eventTypesField,
});
export type CreateEndpointValues = z.input<typeof createEndpointSchema>;

export const updateEndpointSchema = z.object({
  endpointId: id('Unknown endpoint'),
  url: endpointUrl.optional(),
  description: z.string().trim().max(200, 'Use at most 200 characters').optional(),
  events: eventTypesField.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateEndpointValues = z.input<typeof updateEndpointSchema>;

export const endpointIdSchema = z.object({ endpointId: id('Unknown endpoint') });

export const redeliverSchema = z.union([
  z.object({ endpointId: id('Unknown endpoint'), eventId: id('Unknown event') }),
  z.object({ endpointId: id('Unknown endpoint'), since: z.coerce.date('Enter a date and time') }),
]);
export type RedeliverValues = z.input<typeof redeliverSchema>;
