import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Conflict, NotFound } from '@/lib/errors';
import { logger } from '@/lib/observability/logger';

// The edge wrappers, with only the session faked (who is signed in). No database: these calls use
// no rate limit.

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: 'CUSTOMER' | 'OPERATOR'; memberships: unknown[] } }));
vi.mock('@/lib/auth/current-user', () => ({ getCurrentUser: async () => session.user }));

const { customerAction, operatorAction, publicAction } = await import('./actions');
const { cronRoute, publicRoute } = await import('./routes');

afterEach(() => {
  session.user = null;
  delete process.env.CRON_SECRET;
  vi.restoreAllMocks();
});

describe('server action wrappers', () => {
  it('resolve the actor, validate, run, and report success', async () => {
    session.user = { id: 'u1', role: 'CUSTOMER', memberships: [] };
    const action = customerAction(z.object({ n: z.coerce.number() }), async ({ n }, { actor }) => ({ n, who: actor }));
    expect(await action({ n: '2' })).toEqual({ ok: true, data: { n: 2, who: { kind: 'customer', userId: 'u1' } } });
  });

  it('refuse before parsing or running when the caller may not act', async () => {
    const run = vi.fn();
    const action = customerAction(z.object({}), run);
    expect(await action({})).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    session.user = { id: 'u1', role: 'CUSTOMER', memberships: [] };
    expect(await operatorAction(z.object({}), run)({})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(run).not.toHaveBeenCalled();
  });

  it('answer field errors for bad input and never run the use case', async () => {
    const run = vi.fn();
    const result = await publicAction(z.object({ email: z.email('Enter a valid email address') }), run)({ email: 'nope' });
    expect(result).toEqual({ ok: false, code: 'VALIDATION_FAILED', message: 'Please correct the highlighted fields.', fieldErrors: { email: ['Enter a valid email address'] } });
    expect(run).not.toHaveBeenCalled();
  });

  it('map typed errors to their code and message, and unexpected ones to "nothing was changed"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await publicAction(z.unknown(), async () => Promise.reject(new Conflict('That slug is taken.')))({})).toEqual({ ok: false, code: 'CONFLICT', message: 'That slug is taken.' });
    expect(await publicAction(z.unknown(), async () => Promise.reject(new Error('db down')))({})).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('Nothing was changed') });
  });

  it('report success when a step after the committed change fails, never "nothing was changed"', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const action = publicAction(z.unknown(), async () => 'booked', {
      after: () => {
        throw new Error('revalidate failed');
      },
    });
    expect(await action({})).toEqual({ ok: true, data: 'booked' });
    expect(logged).toHaveBeenCalled();
  });

  it('let a page bind fields the form cannot override', async () => {
    const action = publicAction(z.object({ bookingId: z.string(), reason: z.string() }), async (input) => input);
    expect(await action({ bookingId: 'bound' }, { bookingId: 'forged', reason: 'late' })).toEqual({ ok: true, data: { bookingId: 'bound', reason: 'late' } });
  });
});

describe('route wrappers', () => {
  it('answer a cron job failure as JSON with a stable code, not an HTML error page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    process.env.CRON_SECRET = 's3cret';
    const failing = cronRoute(async () => {
      throw new Error('boom');
    });
    const response = await failing(new Request('http://x/api/cron/job', { headers: { authorization: 'Bearer s3cret' } }));
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
  });

  it('refuse a cron call without the secret with 401 JSON, and run it with the secret', async () => {
    process.env.CRON_SECRET = 's3cret';
    const job = cronRoute(async () => ({ done: 3 }));
    const refused = await job(new Request('http://x/api/cron/job', { headers: { authorization: 'Bearer wrong' } }));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe('UNAUTHENTICATED');
    const ran = await job(new Request('http://x/api/cron/job', { headers: { authorization: 'Bearer s3cret' } }));
    expect(await ran.json()).toEqual({ done: 3 });
  });

  it('map typed errors of any route to their status', async () => {
    const route = publicRoute(async () => {
      throw new NotFound('No such thing.');
    });
    const response = await route(new Request('http://x/'));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No such thing.' } });
  });
});
