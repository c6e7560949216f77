// Typed domain errors: services throw them, the edges (server actions, route handlers) map them to
// HTTP statuses and messages in one place (lib/http/action-result.ts for server actions,
// lib/http/error-response.ts for route handlers).

export type FieldErrors = Record<string, string[]>;

export abstract class DomainError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
}

/** The slot, unit, seat or staff time is taken (or was just taken by someone else). */
export class SlotUnavailable extends DomainError {
  readonly code = 'SLOT_UNAVAILABLE';
  readonly status = 409;
}

/** The booking is not in a state that allows this action. */
export class InvalidTransition extends DomainError {
  readonly code = 'INVALID_TRANSITION';
  readonly status = 409;
}

/** A unique value is already used (an email, a slug). */
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
  readonly status = 409;
}

export class ValidationFailed extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  readonly status = 422;
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

/** The request is well-formed but the listing's policy forbids it (lead time, past start...). */
export class PolicyViolation extends DomainError {
  readonly code = 'POLICY_VIOLATION';
  readonly status = 422;
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  readonly status = 404;
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  readonly status = 401;
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  readonly status = 403;
}

/** A request body larger than the edge accepts (HTTP 413). */
export class PayloadTooLarge extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
}

export class RateLimited extends DomainError {
  readonly code = 'RATE_LIMITED';
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
