import { NextResponse } from 'next/server';
import { DomainError, RateLimited, ValidationFailed } from '@/lib/errors';

/** The JSON error body of every route handler: `{ error: { code, message, fieldErrors? } }`. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof DomainError) {
    const body = { error: { code: error.code, message: error.message, ...(error instanceof ValidationFailed ? { fieldErrors: error.fieldErrors } : {}) } };
    const headers = error instanceof RateLimited ? { 'retry-after': String(error.retryAfterSeconds) } : undefined;
    return NextResponse.json(body, { status: error.status, headers });
  }
  console.error(error);
  return NextResponse.json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Nothing was changed; please try again.' } }, { status: 500 });
}
