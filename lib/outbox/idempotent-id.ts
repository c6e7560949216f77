import 'server-only';
import { createHash } from 'node:crypto';

/**
 * A UUID derived from its parts (an outbox message id, what was made, for whom). Rows created by
 * outbox handlers use it as their primary key, so running a handler twice inserts nothing new.
 */
export function idempotentId(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom, name-based
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
