// Password rules the sign-up forms validate in the browser too: kept apart from the hashing
// (a native binding that must never reach a client bundle).
export const MIN_PASSWORD_LENGTH = 8;
