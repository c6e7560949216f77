import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { ManageLinkInvalid, manageUrl, resolveManageToken } from '@/lib/magic-links/manage-links';

// Who may start a booking's payment and see the pay return pages: its signed-in customer, or a
// browser holding the booking's own manage token. The return URLs given to the payment provider
// carry only the booking id (never a token); the token rides in a cookie set by /pay/start
// (see pay-cookie.ts), so a URL in a provider's logs, history or a Referer opens nothing.

export type PayViewer = { userId: string | null; tokens: readonly string[] };

const MANAGE_RETURN = /^\/manage\/([A-Za-z0-9_-]{20,100})$/;

/** The manage token a guest's pay form names in its `return` field, if any. */
export function tokenFromReturnPath(path: string): string | null {
  return MANAGE_RETURN.exec(path)?.[1] ?? null;
}

/**
 * The booking a "Pay now" form may pay: the one its manage link opens, or a booking of the
 * signed-in customer. Anything else reads as "not found", like an unknown id.
 */
export async function authorizePaymentStart(
  db: Db,
  input: { bookingId: string; returnPath: string; userId: string | null },
  now = new Date(),
): Promise<{ bookingId: string; manageToken: string | null }> {
  const token = tokenFromReturnPath(input.returnPath);
  if (token) {
    try {
      return { bookingId: (await resolveManageToken(db, token, now)).bookingId, manageToken: token };
    } catch (error) {
      if (!(error instanceof ManageLinkInvalid)) throw error;
      throw new NotFound('This booking was not found. Open it from the link in your email.');
    }
  }
  if (input.userId && /^[0-9a-f-]{36}$/i.test(input.bookingId)) {
    const own = await db.booking.findFirst({ where: { id: input.bookingId, customerId: input.userId }, select: { id: true } });
    if (own) return { bookingId: own.id, manageToken: null };
  }
  throw new NotFound('This booking was not found. Sign in, or open it from the link in your email.');
}

/**
 * Of the given bookings, those the viewer may see, each with the page to go back to (the manage
 * link the viewer holds, or the customer's booking page).
 */
export async function visibleBookings(db: Db, viewer: PayViewer, bookings: ReadonlyArray<{ id: string; customerId: string | null }>, now = new Date()): Promise<Map<string, string>> {
  const visible = new Map<string, string>();
  for (const booking of bookings) {
    if (viewer.userId && booking.customerId === viewer.userId) visible.set(booking.id, `/account/bookings/${booking.id}`);
  }
  if (visible.size === bookings.length) return visible;
  const wanted = new Set(bookings.map((b) => b.id));
  for (const token of viewer.tokens) {
    try {
      const { bookingId } = await resolveManageToken(db, token, now);
      if (wanted.has(bookingId) && !visible.has(bookingId)) visible.set(bookingId, manageUrl(token));
    } catch (error) {
      if (!(error instanceof ManageLinkInvalid)) throw error;
    }
  }
  return visible;
}
