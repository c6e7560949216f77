// Password rules the sign-up forms check in the browser too (lib/auth/password.ts is server-only: it hashes natively).

export const MIN_PASSWORD_LENGTH = 8;
