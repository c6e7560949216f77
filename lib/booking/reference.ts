import 'server-only';
import { randomInt } from 'node:crypto';

// Letters and digits without look-alikes (0/O, 1/I/L): easy to read out on the phone.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A short human reference such as BK-7F3K2Q (31^6 ≈ 887 million values; unique in the database). */
export function newBookingReference(): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `BK-${code}`;
}
