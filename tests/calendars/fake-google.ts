import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for Google's OAuth token endpoint and the Calendar API (freebusy and events),
// speaking the same HTTP the official clients use. It keeps what it was sent, for the tests to read.

export type FakeGoogle = {
  url: string;
  env: Record<string, string>;
  /** Busy times freebusy answers with. */
  busy: Array<{ start: string; end: string }>;
  events: Map<string, { id: string; summary?: string; start: { dateTime: string }; end: { dateTime: string } }>;
  grants: string[];
  revoked: string[];
  /** Access tokens live this long (seconds): a short life makes the client refresh. */
  accessTokenSeconds: number;
  close: () => Promise<void>;
};

const REFRESH_TOKEN = 'rt-the-real-secret-refresh-token';

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGoogle(): Promise<FakeGoogle> {
  let issued = 0;
  const valid = new Set<string>();
  const fake = { busy: [], events: new Map(), grants: [], revoked: [], accessTokenSeconds: 3600 } as unknown as FakeGoogle;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const text = await body(req);
    const json = (status: number, value?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(value === undefined ? '' : JSON.stringify(value));
    };
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = new URLSearchParams(text);
      const grant = form.get('grant_type') ?? '';
      fake.grants.push(grant);
      const accessToken = `at-${(issued += 1)}`;
      valid.add(accessToken);
      if (grant === 'authorization_code' && form.get('code') === 'good-code') {
        return json(200, { access_token: accessToken, refresh_token: REFRESH_TOKEN, expires_in: fake.accessTokenSeconds, token_type: 'Bearer', scope: 'https://www.googleapis.com/auth/calendar.events' });
      }
      if (grant === 'refresh_token' && form.get('refresh_token') === REFRESH_TOKEN && !fake.revoked.includes(REFRESH_TOKEN)) {
        return json(200, { access_token: accessToken, expires_in: fake.accessTokenSeconds, token_type: 'Bearer' });
      }
      return json(400, { error: 'invalid_grant' });
    }
    if (url.pathname === '/revoke') {
      fake.revoked.push(url.searchParams.get('token') ?? new URLSearchParams(text).get('token') ?? '');
      return json(200, {});
    }
    const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!valid.has(bearer)) return json(401, { error: { code: 401, message: 'Invalid Credentials' } });
    if (url.pathname === '/calendar/v3/freeBusy' && req.method === 'POST') {
      const query = JSON.parse(text) as { items: Array<{ id: string }> };
      return json(200, { kind: 'calendar#freeBusy', calendars: Object.fromEntries(query.items.map((i) => [i.id, { busy: fake.busy }])) });
    }
    const event = url.pathname.match(/^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/);
    if (event) {
      const id = event[2] ? decodeURIComponent(event[2]) : undefined;
      if (req.method === 'POST' && !id) {
        const value = JSON.parse(text);
        if (fake.events.has(value.id)) return json(409, { error: { code: 409, message: 'The requested identifier already exists.' } });
        fake.events.set(value.id, value);
        return json(200, value);
      }
      if (req.method === 'PUT' && id) {
        if (!fake.events.has(id)) return json(404, { error: { code: 404, message: 'Not Found' } });
        const value = { ...JSON.parse(text), id };
        fake.events.set(id, value);
        return json(200, value);
      }
      if (req.method === 'DELETE' && id) {
        if (!fake.events.delete(id)) return json(410, { error: { code: 410, message: 'Resource has been deleted' } });
        res.writeHead(204).end();
        return;
      }
    }
    json(404, { error: { code: 404, message: `no fake for ${req.method} ${url.pathname}` } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    url,
    env: {
      GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com',
      GOOGLE_CLIENT_SECRET: 'test-client-secret',
      GOOGLE_API_ROOT_URL: `${url}/`,
      GOOGLE_OAUTH_AUTH_URL: `${url}/auth`,
      GOOGLE_OAUTH_TOKEN_URL: `${url}/token`,
      GOOGLE_OAUTH_REVOKE_URL: `${url}/revoke`,
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

export const FAKE_REFRESH_TOKEN = REFRESH_TOKEN;
