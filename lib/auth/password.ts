import 'server-only';
import { hash, verify } from '@node-rs/bcrypt';

// bcrypt through a native binding: hashing runs on libuv's thread pool, so a burst of sign-ins
// queues there instead of stalling the event loop (bcryptjs computed on it). The hashes are the same
// $2a$/$2b$ format, so those written by bcryptjs verify as they are.

/** Cost 12: ~0.25 s per hash, the usual balance for interactive sign-in. */
export const PASSWORD_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_COST);
}

export async function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  try {
    return await verify(password, passwordHash);
  } catch {
    return false; // a malformed stored hash matches no password
  }
}

/** A stored hash made with another cost (or not bcrypt at all): re-hash it at the next sign-in. */
export function needsRehash(passwordHash: string): boolean {
  const match = /^\$2[abxy]\$(\d{2})\$/.exec(passwordHash);
  return !match || Number(match[1]) !== PASSWORD_COST;
}

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
export const DUMMY_HASH = '$2b$12$CwTycUXWue0Thq9StjUM0uJ8.HqLp8o8rUSiH6S.1ZlQ7e4sXgCba';
