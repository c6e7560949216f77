import type { z } from 'zod';
import type { ApiScope } from '@/lib/domain/actor';
import type { ApiCaller } from './caller';
import type { IdempotencyFence } from './idempotency';
import type { ErrorCode } from './problem';
import type { ApiVersion } from './versions';

// One operation of /api/v1, declared once: its path, who may call it, the zod schemas that
// validate its input and describe its answer, the errors it documents, and the handler (a thin
// call into the same service the web's server action uses). The route handler (apiRoute) and the
// OpenAPI document (openapi.ts) are both made from this.

type AnyObject = z.ZodObject;

export type OperationInput<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> = {
  caller: ApiCaller;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
  request: Request;
  version: ApiVersion;
  /** The claimed Idempotency-Key, if sent: a handler that changes data stores its answer with the change. */
  idempotency: IdempotencyFence | null;
};

export type Operation<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** OpenAPI path under /api/v1, e.g. '/listings/{id}'. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** 'public': anonymous callers too (the catalog); 'authenticated': an API key or an access token. */
  access: 'public' | 'authenticated';
  /** The scope an API key needs. */
  scope: ApiScope;
  params?: P;
  query?: Q;
  body?: B;
  bodyExample?: z.input<B>;
  /** 'required' on POSTs that create bookings, checkouts or payment sessions; honoured on every POST. */
  idempotency?: 'required';
  /** Public catalog reads: ETag, shared caching for anonymous callers, open CORS. */
  catalog?: boolean;
  response: { status: 200 | 201; schema: R; description: string; example: z.input<R> };
  /** Errors this operation may answer besides the ones every operation may (400 version, 401, 429, 500). */
  errors: ErrorCode[];
  handler: (input: OperationInput<P, Q, B>) => Promise<z.input<R>>;
};

export function defineOperation<P extends AnyObject, Q extends AnyObject, B extends z.ZodType, R extends z.ZodType>(operation: Operation<P, Q, B, R>): Operation<P, Q, B, R> {
  return operation;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation<any, any, any, any>;
