import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// An invitation link carries 32 random bytes; only their SHA-256 is stored, so a database leak
// reveals no usable link.

export const INVITATION_DAYS = 7;

export const newInvitationToken = () => randomBytes(32).toString('base64url'); // 43 characters
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const invitationPath = (token: string) => `/invite/${token}`;
export const looksLikeInvitationToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
