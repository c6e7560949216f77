import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { asInputError } from '@/lib/db/errors';
import {
  resolveCustomer,
  resolveCustomerOrGuest,
  resolveGuestWithToken,
  resolveMember,
  resolveOperator,
  type SignedInMember,
} from '@/lib/auth/current-actor';
import type { CurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import type { CustomerActor, GuestActor, OperatorActor } from '@/lib/domain/actor';
import { consumeRateLimit } from '@/lib/rate-limit';
import { actionError, validationFailure, type ActionResult } from './action-result';
import { requestClientIp } from './request-client-ip';
import { logger } from '@/lib/observability/logger';
import { withRequestId } from '@/lib/observability/request-context';
import { requestIdOf } from '@/lib/observability/request-id';

// One wrapper per kind of caller for every server action: it resolves who is acting (the Actor),
// applies the rate limit, validates the input with the action's zod schema, runs the use case
// (one service call, one transaction) and maps typed errors to the form's ActionResult.
// What follows a success (refreshing pages, delivering the outbox, cookies, a redirect) runs in
// `after`: a failure there is logged and never reported as "nothing was changed".

type RateLimitRule = { name: string; limit: number; windowSeconds: number };

type Options<In, T> = {
  /** Runs after a success: revalidatePath, deliverOutboxSoon, cookies, redirect(). */
  after?: (result: T, input: In) => void | Promise<void>;
  /** Per client IP, shared by every server (PostgreSQL). */
  rateLimit?: RateLimitRule;
};

/**
 * A server action: `(input)`, or `(bound, input)` when a page binds fields with `.bind(null, {...})`
 * (bound fields win over the form's, so a form cannot retarget the action).
 */
export type ServerAction<T> = (first?: unknown, second?: unknown) => Promise<ActionResult<T>>;

const merged = (first: unknown, second: unknown): unknown =>
  second === undefined ? first : { ...(second as object), ...(first as object) };

function defineAction<Ctx, S extends z.ZodType, T>(
  resolve: (raw: unknown) => Promise<Ctx>,
  schema: S,
  run: (input: z.output<S>, context: Ctx) => Promise<T>,
  options: Options<z.output<S>, T> = {},
): ServerAction<T> {
  return async (first, second) => withRequestId(requestIdOf(await requestHeaders()), async () => {
    const raw = merged(first, second);
    let result: T;
    let input: z.output<S>;
    try {
      const context = await resolve(raw);
      if (options.rateLimit) await limitByIp(options.rateLimit);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return validationFailure(parsed.error);
      input = parsed.data;
      result = await run(input, context);
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() must reach Next.js
      return actionError(asInputError(error));
    }
    if (options.after) {
      try {
        await options.after(result, input);
      } catch (error) {
        unstable_rethrow(error);
        logger.error({ err: error }, 'A step after a successful action failed'); // it happened; say so
      }
    }
    return { ok: true, data: result };
  });
}

/** The request's headers (the proxy set its X-Request-Id); none outside a request (tests, scripts). */
async function requestHeaders(): Promise<Pick<Headers, 'get'>> {
  try {
    return await headers();
  } catch {
    return new Headers();
  }
}

async function limitByIp(rule: RateLimitRule) {
  const ip = await requestClientIp();
  // No trusted proxy: the address is unknown, and one bucket for everyone would let one client lock all out.
  if (!ip) return;
  await consumeRateLimit(prisma, `${rule.name}:ip:${ip}`, { limit: rule.limit, windowSeconds: rule.windowSeconds });
}

/** Anyone: a signed-in customer or a guest (the listing page, the cart, sign-in). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: { actor: CustomerActor | GuestActor; user: CurrentUser | null }) => Promise<T>,
  options?: Options<z.output<S>, T>,
): ServerAction<T> {
  return defineAction(() => resolveCustomerOrGuest(), schema, run, options);
}

/** A signed-in person acting for themselves. */
export function customerAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: { actor: CustomerActor; user: CurrentUser }) => Promise<T>,
  options?: Options<z.output<S>, T>,
): ServerAction<T> {
  return defineAction(() => resolveCustomer(), schema, run, options);
}

const tokenField = z.object({ token: z.string().max(200) });

/** The holder of a booking's magic link (the input's `token`): that one booking only. */
export function guestAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: { actor: GuestActor & { bookingId: string }; bookingId: string; token: string }) => Promise<T>,
  options?: Options<z.output<S>, T>,
): ServerAction<T> {
  return defineAction(
    async (raw) => {
      const { token } = tokenField.catch({ token: '' }).parse(raw);
      return { ...(await resolveGuestWithToken(token)), token };
    },
    schema,
    run,
    options,
  );
}

/** A member of a business (any role, or only an owner: `ownerOnly: 'change the logo'`); the services check each row belongs to it. */
export function memberAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: SignedInMember) => Promise<T>,
  options: Options<z.output<S>, T> & { ownerOnly?: string } = {},
): ServerAction<T> {
  return defineAction(() => resolveMember({ ownerOnly: options.ownerOnly }), schema, run, options);
}

/** A platform operator (the console). */
export function operatorAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, context: { actor: OperatorActor; user: CurrentUser }) => Promise<T>,
  options?: Options<z.output<S>, T>,
): ServerAction<T> {
  return defineAction(() => resolveOperator(), schema, run, options);
}

const fromForm = (value: unknown) => (value instanceof FormData ? Object.fromEntries(value) : value);

/**
 * Plain `<form action>` forms that work without JavaScript: FormData in (after any bound fields),
 * nothing back; a failure goes to `onFailure` (e.g. a redirect to sign in) or is dropped.
 */
export function formAction<T>(
  action: ServerAction<T>,
  onFailure?: (failure: Extract<ActionResult<T>, { ok: false }>) => void,
): (first?: unknown, second?: unknown) => Promise<void> {
  return async (first, second) => {
    const result = await action(fromForm(first) ?? {}, fromForm(second));
    if (!result.ok) onFailure?.(result);
  };
}
