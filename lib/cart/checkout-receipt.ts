import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/prisma';
import { ManageLinkInvalid, resolveManageToken } from '@/lib/magic-links/manage-links';
import type { CheckoutResult } from './checkout-cart';
import { MAX_CART_ITEMS } from './owner';

// The checkout-done page's receipt: the checkout group and, for guests, the manage-link tokens.
// It needs no signature: a customer sees only the group's bookings that are theirs, and a guest
// only the bookings whose manage tokens they hold (each token is already that booking's key).

const receiptSchema = z.object({
  g: id(),
  t: z.array(z.string().regex(/^[A-Za-z0-9_-]{20,100}$/)).max(MAX_CART_ITEMS),
});
export type Receipt = z.output<typeof receiptSchema>;

export function encodeReceipt(result: CheckoutResult): string {
  const receipt: Receipt = { g: result.checkoutGroupId, t: result.bookings.flatMap((b) => (b.manageToken ? [b.manageToken] : [])) };
  return Buffer.from(JSON.stringify(receipt)).toString('base64url');
}

export function decodeReceipt(value: string | undefined): Receipt | null {
  if (!value || value.length > 8_000) return null;
  try {
    const parsed = receiptSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const bookingInclude = { listing: { select: { title: true, slug: true, paymentMode: true, vendor: { select: { name: true, slug: true } } } } } as const;

/** The receipt's bookings the viewer may see, each with its manage token for guests. */
export async function loadReceipt(db: Db, receipt: Receipt, viewer: { userId: string } | null, now = new Date()) {
  if (receipt.t.length > 0) {
    const tokenOf = new Map<string, string>();
    for (const token of receipt.t) {
      try {
        tokenOf.set((await resolveManageToken(db, token, now)).bookingId, token);
      } catch (error) {
        if (!(error instanceof ManageLinkInvalid)) throw error;
      }
    }
    const bookings = await db.booking.findMany({
      where: { id: { in: [...tokenOf.keys()] }, checkoutGroupId: receipt.g },
      include: bookingInclude,
      orderBy: { startAt: 'asc' },
    });
    return bookings.map((booking) => ({ booking, manageToken: tokenOf.get(booking.id) ?? null }));
  }
  if (!viewer) return [];
  const bookings = await db.booking.findMany({
    where: { checkoutGroupId: receipt.g, customerId: viewer.userId },
    include: bookingInclude,
    orderBy: { startAt: 'asc' },
  });
  return bookings.map((booking) => ({ booking, manageToken: null }));
}

export type ReceiptBooking = Awaited<ReturnType<typeof loadReceipt>>[number];
