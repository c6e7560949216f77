// Where the pay pages send the customer back: only their own booking pages on this site (or the
// cart's done page, which paid several at once).
const ALLOWED = /^\/(manage\/[A-Za-z0-9_-]+|account\/bookings\/[0-9a-f-]{36}|cart\/done)$/;

export function safeReturnPath(path: string | null | undefined, bookingId: string): string {
  return path && ALLOWED.test(path) ? path : `/account/bookings/${bookingId}`;
}
