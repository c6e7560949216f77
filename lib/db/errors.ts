import { ValidationFailed } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { logger } from '@/lib/observability/logger';

/** The PostgreSQL error codes (SQLSTATE) the application reacts to. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/** What PostgreSQL said about a failed query: its SQLSTATE and, when known, the constraint. */
export type PostgresError = { sqlState: string; constraint?: string };

/** The constraints whose violation means "someone else just took this time or seat". */
const BOOKING_CONFLICT_CHECKS = new Set(['ListingSession_capacity']);

type AdapterCause = {
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  constraint?: { index?: string; fields?: string[] };
};

/**
 * Reads the SQLSTATE and constraint of an error from Prisma (through the pg driver adapter) or
 * from the pg driver itself. The adapter passes a unique violation's constraint as a field; for
 * check and exclusion violations it passes only PostgreSQL's message, whose `constraint "name"`
 * part is the one place the name is given.
 */
export function postgresErrorOf(error: unknown): PostgresError | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
    const sqlState = cause?.originalCode ?? cause?.code ?? SQLSTATE_OF_PRISMA_CODE[error.code];
    if (!sqlState) return undefined;
    const constraint = cause?.constraint?.index ?? constraintInMessage(cause?.originalMessage);
    return { sqlState, constraint };
  }
  // The pg driver's own DatabaseError (raw pg clients: rate limits, migrations, tests).
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: string };
  if (error instanceof Error && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { sqlState: code, constraint };
  return undefined;
}

// Prisma's own codes for the same conditions, when it maps them before the adapter's cause.
const SQLSTATE_OF_PRISMA_CODE: Record<string, string> = {
  P2002: SQLSTATE.uniqueViolation,
  P2034: SQLSTATE.serializationFailure,
};

function constraintInMessage(message: string | undefined): string | undefined {
  return message?.match(/constraint "([^"]+)"/)?.[1];
}

/** A unique-constraint violation, optionally on a constraint whose name contains `field`. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const pg = postgresErrorOf(error);
  if (pg?.sqlState !== SQLSTATE.uniqueViolation) return false;
  return !field || (pg.constraint ?? '').split('_').includes(field);
}

/** The time or seat was taken by a racing booking: an exclusion or capacity constraint said no. */
export function isBookingConflict(error: unknown): boolean {
  const pg = postgresErrorOf(error);
  if (!pg) return false;
  if (pg.sqlState === SQLSTATE.exclusionViolation) return true;
  return pg.sqlState === SQLSTATE.checkViolation && BOOKING_CONFLICT_CHECKS.has(pg.constraint ?? '');
}

/** A serialization failure or deadlock: the whole transaction may simply be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const sqlState = postgresErrorOf(error)?.sqlState;
  return sqlState === SQLSTATE.serializationFailure || sqlState === SQLSTATE.deadlockDetected;
}

/**
 * PostgreSQL refused a value itself (SQLSTATE class 22, "data exception": a NUL character, a
 * number past an Int column, a date out of range, an id that is not a UUID). Validation should
 * stop such input first; this is the safety net that answers it as the caller's mistake (422),
 * never as a 500. Any other error is returned unchanged.
 */
export function asInputError(error: unknown): unknown {
  const sqlState = postgresErrorOf(error)?.sqlState;
  if (!sqlState?.startsWith('22')) return error;
  logger.warn({ sqlState }, 'Input refused by the database: validation should have caught it first');
  return new ValidationFailed('A value in the request cannot be stored: it is out of range or contains characters that are not allowed.');
}
