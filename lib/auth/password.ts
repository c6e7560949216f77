import bcrypt from 'bcryptjs';

// bcrypt cost 12: ~0.25 s per hash, the usual balance for interactive sign-in.
const COST = 12;

export const MIN_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so a wrong email takes as long as a wrong password.
export const DUMMY_HASH = '$2b$12$CwTycUXWue0Thq9StjUM0uJ8.HqLp8o8rUSiH6S.1ZlQ7e4sXgCba';
