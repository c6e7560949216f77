// The dashboard pages the business actions refresh after a change.
export const LISTINGS = '/dashboard/listings';
export const STAFF = '/dashboard/listings/staff';
export const TEAM = '/dashboard/team';
export const PROMO_CODES = '/dashboard/promo-codes';
export const API_KEYS = '/dashboard/settings/api-keys';
export const WEBHOOKS = '/dashboard/settings/webhooks';
