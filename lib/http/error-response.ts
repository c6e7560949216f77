import { NextResponse } from 'next/server';
import { asInputError } from '@/lib/db/errors';
import { DomainError, RateLimited, ValidationFailed } from '@/lib/errors';
import { INTERNAL_ERROR_MESSAGE } from './action-result';
import { logger } from '@/lib/observability/logger';

/** The JSON error body of every route handler outside /api/v1: `{ error: { code, message, fieldErrors? } }`. */
export function errorResponse(failure: unknown): NextResponse {
  const error = asInputError(failure);
  if (error instanceof DomainError) {
    const body = { error: { code: error.code, message: error.message, ...(error instanceof ValidationFailed ? { fieldErrors: error.fieldErrors } : {}) } };
    const headers = error instanceof RateLimited ? { 'retry-after': String(error.retryAfterSeconds) } : undefined;
    return NextResponse.json(body, { status: error.status, headers });
  }
  logger.error({ err: error }, 'Unexpected error in a route handler');
  return NextResponse.json({ error: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } }, { status: 500 });
}
