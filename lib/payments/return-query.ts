/**
 * The query of the pay return pages (/pay/success, /pay/cancel): the first booking a checkout
 * pays, and `group` when it paid several. Never a token: these URLs are handed to the provider.
 */
export function returnQuery(bookingId: string, bookingCount: number): URLSearchParams {
  const query = new URLSearchParams({ booking: bookingId });
  if (bookingCount > 1) query.set('group', '1');
  return query;
}
