export const CART_HEADING_ID = 'cart-heading';

/** After the cart changed under the user's focus, move focus to the heading that states the count. */
export function focusCartHeading() {
  requestAnimationFrame(() => document.getElementById(CART_HEADING_ID)?.focus());
}
