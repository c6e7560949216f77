/** The checkout-done page (its receipt cookie is scoped to this path and below). */
export const RECEIPT_PATH = '/cart/done';
