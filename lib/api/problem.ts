import { z } from 'zod';
import { asInputError } from '@/lib/db/errors';
import { DomainError, RateLimited, ValidationFailed, type FieldErrors } from '@/lib/errors';
import { snakeCase } from './case';
import { logger } from '@/lib/observability/logger';

// Errors of /api/v1 as RFC 9457 problem details (`application/problem+json`): a stable
// machine `code`, the offending `param` and one entry per field in `errors`. Services throw the
// typed errors of lib/errors.ts; this module is the one place that turns them into answers.

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Every code the API answers with, its status and title: the document lists them all. */
export const ERROR_CODES = {
  malformed_request: { status: 400, title: 'The request could not be read' },
  unknown_api_version: { status: 400, title: 'Unknown API version' },
  idempotency_key_required: { status: 400, title: 'An Idempotency-Key header is required' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  invalid_credentials: { status: 401, title: 'The credentials are not valid' },
  forbidden: { status: 403, title: 'Not allowed' },
  insufficient_scope: { status: 403, title: 'The API key lacks the scope for this operation' },
  account_disabled: { status: 403, title: 'The account or business is disabled' },
  not_found: { status: 404, title: 'Not found' },
  slot_unavailable: { status: 409, title: 'The time is no longer available' },
  invalid_transition: { status: 409, title: 'The booking is not in a state that allows this' },
  conflict: { status: 409, title: 'Conflict with an existing resource' },
  idempotency_request_in_progress: { status: 409, title: 'A request with this Idempotency-Key is still running' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  validation_failed: { status: 422, title: 'Some fields are not valid' },
  policy_violation: { status: 422, title: 'The listing’s policy does not allow this' },
  idempotency_key_reused: { status: 422, title: 'The Idempotency-Key was used with another request' },
  rate_limited: { status: 429, title: 'Too many requests' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export type FieldProblem = { param: string; detail: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  param?: string;
  errors?: FieldProblem[];
  known_versions?: string[];
};

/** An API-level refusal (credentials, versions, idempotency, malformed input). */
export class ApiError extends DomainError {
  constructor(
    readonly apiCode: ErrorCode,
    message: string,
    readonly extra: { param?: string; errors?: FieldProblem[]; known_versions?: string[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
  get code() {
    return this.apiCode;
  }
  get status(): number {
    return ERROR_CODES[this.apiCode].status;
  }
}

const DOMAIN_CODES: Record<string, ErrorCode> = {
  SLOT_UNAVAILABLE: 'slot_unavailable',
  INVALID_TRANSITION: 'invalid_transition',
  CONFLICT: 'conflict',
  VALIDATION_FAILED: 'validation_failed',
  POLICY_VIOLATION: 'policy_violation',
  NOT_FOUND: 'not_found',
  UNAUTHENTICATED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  RATE_LIMITED: 'rate_limited',
};

/** Field errors keyed as the services name them (camelCase, dotted) → the API's snake_case params. */
export function fieldProblems(fieldErrors: FieldErrors): FieldProblem[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) =>
    (messages ?? []).map((detail) => ({ param: field.split('.').map(snakeCase).join('.'), detail })),
  );
}

/** A zod failure on the API's own (snake_case) schemas: one entry per issue, the path as the param. */
export function zodProblems(error: z.ZodError, where: 'path' | 'query' | 'body'): FieldProblem[] {
  return error.issues.map((issue) => ({ param: issue.path.map(String).join('.') || where, detail: issue.message }));
}

export function problemOf(failure: unknown): { problem: Problem; headers: Record<string, string> } {
  const error = asInputError(failure);
  const make = (code: ErrorCode, detail: string, extra: Partial<Problem> = {}): Problem => ({
    type: `/docs/api#error-${code}`,
    title: ERROR_CODES[code].title,
    status: ERROR_CODES[code].status,
    detail,
    code,
    ...extra,
  });
  if (error instanceof ApiError) {
    const { headers = {}, ...extra } = error.extra;
    return { problem: make(error.apiCode, error.message, extra), headers };
  }
  if (error instanceof DomainError && DOMAIN_CODES[error.code]) {
    const code = DOMAIN_CODES[error.code]!;
    if (error instanceof ValidationFailed) {
      const errors = fieldProblems(error.fieldErrors);
      return { problem: make(code, error.message, { param: errors[0]?.param, errors }), headers: {} };
    }
    const headers: Record<string, string> = error instanceof RateLimited ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
    return { problem: make(code, error.message), headers };
  }
  logger.error({ err: error }, 'Unexpected error in an API request');
  return { problem: make('internal_error', 'Something went wrong on our side. Please try again; if it happens again, contact support.'), headers: {} };
}

export function problemResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const { problem, headers: own } = problemOf(error);
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store', ...headers, ...own },
  });
}
