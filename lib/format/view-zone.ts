// Which time zone a listing's calendar and times are shown in. The listing's own by default; a
// viewer who switches to theirs is remembered in a cookie (one year), for every listing. Client-safe.
import { isTimeZone } from '@/lib/validation/codes';

export const VIEW_ZONE_COOKIE = 'bw_view_zone';
export const VIEW_ZONE_MAX_AGE = 365 * 24 * 60 * 60;

/** The zone to show: the remembered viewer zone when it is a real zone, else the listing's. */
export function chooseViewZone(remembered: string | undefined, listingZone: string): string {
  return remembered && isTimeZone(remembered) ? remembered : listingZone;
}
