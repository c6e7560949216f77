import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';
import { absoluteUrl } from '@/lib/config/app-url';

// The check-in code on a booking's confirmation: a URL into the dashboard carrying the booking id
// signed with AUTH_SECRET (HMAC-SHA256, 128 bits kept, so the QR code stays small). The server
// checks the signature and then that the person scanning is a member of the booking's business.

const VERSION = 'c1';

function key(): string | null {
  return process.env.AUTH_SECRET || null;
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidOf = (bytes: Buffer) => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const sign = (secret: string, id: Buffer) => createHmac('sha256', secret).update(`booking-check-in\u0000`).update(id).digest().subarray(0, 16);

/** The token for a booking, or null when no AUTH_SECRET is set (the page then shows the reference only). */
export function checkInToken(bookingId: string): string | null {
  const secret = key();
  if (!secret) return null;
  const id = uuidBytes(bookingId);
  return `${VERSION}.${id.toString('base64url')}.${sign(secret, id).toString('base64url')}`;
}

/** The booking id a token names, or null for a forged, altered or malformed token. */
export function bookingIdFromCheckInToken(token: string): string | null {
  const secret = key();
  const [version, encoded, signature] = token.split('.');
  if (!secret || version !== VERSION || !encoded || !signature) return null;
  const id = Buffer.from(encoded, 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (id.length !== 16 || given.length !== 16) return null;
  return timingSafeEqual(given, sign(secret, id)) ? uuidOf(id) : null;
}

/** A confirmation carries the code while there is a visit to check in (desks check in daily). */
export const showsCheckInCode = (status: string) => status === 'CONFIRMED' || status === 'CHECKED_IN';

export const checkInPath = (token: string) => `/dashboard/check-in/${token}`;

export type CheckInCode = { url: string; svg: string; pngDataUrl: string };

/** The QR code (SVG for pages, a PNG data URL for emails) of the booking's check-in URL. */
export async function checkInCode(bookingId: string): Promise<CheckInCode | null> {
  const token = checkInToken(bookingId);
  if (!token) return null;
  const url = absoluteUrl(checkInPath(token));
  const options = { errorCorrectionLevel: 'M' as const, margin: 2 };
  const [svg, pngDataUrl] = await Promise.all([QRCode.toString(url, { ...options, type: 'svg' }), QRCode.toDataURL(url, { ...options, width: 240 })]);
  return { url, svg, pngDataUrl };
}
