import { z } from 'zod';
import { id } from '@/lib/validation/fields';

// Which bookings a business's subscription feed lists: all of them, one staff member's, or one
// rental unit's. (A customer's own feed is the fourth kind, owned by a person, not a business.)

export const vendorFeedScopeSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('business') }),
  z.object({ scope: z.literal('staff'), staffId: id() }),
  z.object({ scope: z.literal('unit'), unitId: id() }),
]);

export type VendorFeedScope = z.output<typeof vendorFeedScopeSchema>;

/** The feed's address for browsers and apps that take https, and the same as webcal:// (calendar apps subscribe on click). */
export function feedUrls(base: string, token: string): { url: string; webcalUrl: string } {
  const url = `${base.replace(/\/+$/, '')}/calendars/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
}
