import 'server-only';
import { NextResponse } from 'next/server';
import { resolveCustomer, resolveMember, type SignedInMember } from '@/lib/auth/current-actor';
import { Unauthenticated } from '@/lib/errors';
import { withRequestLogging } from '@/lib/observability/http';
import { isAuthorizedCron } from './cron-auth';
import { errorResponse } from './error-response';

// One wrapper per kind of route handler outside /api/v1 (which has its own, lib/api/): each
// resolves who calls, runs the handler and answers any failure as JSON with a stable error code,
// never an HTML error page.

type RouteContext<P> = { params: Promise<P> };
type Handler<Ctx, P> = (request: Request, context: Ctx & { params: P }) => Promise<Response>;

function defineRoute<Ctx, P>(resolve: (request: Request) => Promise<Ctx>, handler: Handler<Ctx, P>) {
  return (request: Request, route?: RouteContext<P>): Promise<Response> =>
    withRequestLogging(request, async () => {
      try {
        const context = await resolve(request);
        return await handler(request, { ...context, params: ((await route?.params) ?? {}) as P });
      } catch (error) {
        return errorResponse(error);
      }
    });
}

/** A scheduled job (Vercel Cron or any scheduler): `Authorization: Bearer $CRON_SECRET`; answers its result as JSON. */
export function cronRoute(job: () => Promise<unknown>) {
  return defineRoute(
    async (request) => {
      if (!isAuthorizedCron(request)) throw new Unauthenticated('A valid CRON_SECRET bearer token is required.');
      return {};
    },
    async () => NextResponse.json(await job()),
  );
}

/** A dashboard route (uploads): a member of a business, optionally only its owner. */
export function memberRoute<P = Record<string, never>>(handler: Handler<SignedInMember, P>, options: { ownerOnly?: string } = {}) {
  return defineRoute(() => resolveMember({ ownerOnly: options.ownerOnly }), handler);
}

/** A signed-in person's own things (a booking's calendar file). */
export function customerRoute<P = Record<string, never>>(handler: Handler<Awaited<ReturnType<typeof resolveCustomer>>, P>) {
  return defineRoute(() => resolveCustomer(), handler);
}

/** A route anyone may call (webhooks verify their own signatures). */
export function publicRoute<P = Record<string, never>>(handler: Handler<object, P>) {
  return defineRoute(async () => ({}), handler);
}
