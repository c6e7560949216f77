import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';

// Two servers, one database (playwright.scale.config.ts): a slot raced through both has one
// winner, an Idempotency-Key and a rate limit hold across both, and the outbox worker and cron
// routes running on both at once deliver each email once.

test.describe.configure({ mode: 'serial' });

const SECOND = process.env.E2E_SECOND_URL!;
const CRON = { authorization: `Bearer ${process.env.E2E_CRON_SECRET}` };
let servers: [string, string];

type Answer = { status: number; body: Record<string, unknown> & { id?: string; code?: string }; headers: Headers };
async function send(base: string, path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const once = async () => {
    const response = await fetch(`${base}/api/v1${path}`, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
  };
  try {
    return await once();
  } catch {
    // A kept-alive socket the server closed just then ("other side closed"): the request never got there.
    return once();
  }
}

/** A new customer (its own rate-limit budget) signed up through one server, its token from the other. */
async function newCustomer(label: string) {
  const email = `scale-${label}-${Date.now()}@example.com`;
  const password = 'correct horse battery';
  expect((await send(servers[0], '/auth/register', { body: { account_type: 'customer', name: `Scale ${label}`, email, password } })).status).toBe(201);
  const token = await send(servers[1], '/auth/token', { body: { email, password } });
  expect(token.status).toBe(200);
  return { email, token: token.body.access_token as string };
}

function dayAhead(days: number) {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(8, 0, 0, 0);
  return { start_at: at.toISOString(), end_at: new Date(at.getTime() + 86_400_000).toISOString() };
}

let kayakId: string;
const made: Array<{ email: string }> = [];

test.beforeAll(async ({ baseURL }) => {
  servers = [baseURL!, SECOND];
  for (const server of servers) expect((await fetch(`${server}/api/health/ready`)).status).toBe(200);
  kayakId = (await send(SECOND, '/listings/watertrek%2Fdouble-kayak')).body.id!;
});

test('100 parallel bookings of the last free kayak, split across both servers → exactly one 201', async () => {
  test.setTimeout(120_000);
  const racer = await newCustomer('race');
  const day = { listing_id: kayakId, ...dayAhead(200) };
  const first = await send(servers[0], '/bookings', { token: racer.token, body: { ...day, quantity: 3 }, headers: { 'idempotency-key': randomUUID() } });
  expect(first.status, JSON.stringify(first.body)).toBe(201);
  const answers = await Promise.all(
    Array.from({ length: 100 }, (_, i) => send(servers[i % 2]!, '/bookings', { token: racer.token, body: { ...day, quantity: 1 }, headers: { 'idempotency-key': randomUUID() } })),
  );
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 201), JSON.stringify(answers.find((a) => a.status !== 201 && a.status !== 409)?.body)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(99);
  expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'slot_unavailable')).toBe(true);
  // Every answer names its own request id (logged on the server that took it).
  expect(new Set(answers.map((a) => a.headers.get('x-request-id'))).size).toBe(100);
  made.push(racer);
});

test('one Idempotency-Key sent to both servers at once → one booking, and both answer it', async () => {
  const guest = await newCustomer('idem');
  const key = randomUUID();
  const body = { listing_id: kayakId, ...dayAhead(210), quantity: 1 };
  const ask = (server: string) => send(server, '/bookings', { token: guest.token, body, headers: { 'idempotency-key': key } });
  let answers: Answer[] = await Promise.all([ask(servers[0]), ask(servers[1]), ask(servers[0]), ask(servers[1])]);
  // A request that found the key still running is told to retry; its retry gets the stored answer.
  for (let round = 0; round < 20 && answers.some((a) => a.body.code === 'idempotency_request_in_progress'); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    answers = await Promise.all(answers.map((a, i) => (a.body.code === 'idempotency_request_in_progress' ? ask(servers[i % 2]!) : a)));
  }
  expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
  expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
  expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(3);
  const mine = await send(servers[1], '/bookings', { token: guest.token });
  expect((mine.body.data as unknown[]).length).toBe(1);
  made.push(guest);
});

test('the rate limit of one credential is shared by both servers (150 a minute: 200 calls → 150 answered, 50 × 429)', async () => {
  const caller = await newCustomer('limit');
  const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => send(servers[i % 2]!, '/me', { token: caller.token })));
  const statuses = answers.map((a) => a.status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(150);
  expect(statuses.filter((s) => s === 429)).toHaveLength(50);
  expect(answers.find((a) => a.status === 429)!.headers.get('retry-after')).toMatch(/^\d+$/);
});

test('the outbox worker and cron routes run on both servers at once; every email goes out once', async () => {
  test.setTimeout(120_000);
  const crons = ['/api/cron/outbox', '/api/cron/expire-holds', '/api/cron/reminders', '/api/cron/outbox'];
  const runs = await Promise.all(servers.flatMap((server) => crons.map((path) => fetch(`${server}${path}`, { method: 'POST', headers: CRON }))));
  expect(runs.map((r) => r.status)).toEqual(runs.map(() => 200));

  // Nothing is left to deliver, nothing died, and no delivery took more than one attempt.
  const database = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${readFileSync(process.env.E2E_PG_PORT_FILE!, 'utf8').trim()}/booking` });
  await database.connect();
  try {
    await expect
      .poll(async () => (await database.query(`SELECT count(*)::int AS n FROM "OutboxDelivery" WHERE status <> 'SENT'`)).rows[0].n, { timeout: 30_000 })
      .toBe(0);
    const retried = await database.query(`SELECT count(*)::int AS n FROM "OutboxDelivery" WHERE attempts > 1`);
    expect(retried.rows[0].n).toBe(0);
    const sent = await database.query(`SELECT count(*)::int AS n FROM "OutboxDelivery" WHERE status = 'SENT'`);
    expect(sent.rows[0].n).toBeGreaterThan(0);
  } finally {
    await database.end();
  }

  const messages = (await (await fetch(`${process.env.E2E_SMTP_CAPTURE_URL}/messages`)).json()) as Array<{ to: string[]; raw: string }>;
  for (const person of made) expect(messages.some((m) => m.to.includes(person.email)), person.email).toBe(true);
  // The same email twice (same recipients, same content) would be a double delivery.
  const fingerprints = messages.map((m) => `${m.to.join(',')}\n${m.raw.replace(/^(Message-ID|Date):.*$/gim, '').replace(/boundary="?[^"\s;]+"?/g, '').replace(/--_NmP-[\w-]+/g, '')}`);
  expect(fingerprints.length - new Set(fingerprints).size).toBe(0);
});
