import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny stand-in for api.stripe.com: the real SDK talks to it over HTTP (host/port/protocol
// options), so the tests see exactly what would be sent to Stripe.

export type RecordedRequest = { method: string; path: string; headers: Record<string, string | string[] | undefined>; form: URLSearchParams };
type Responder = (request: RecordedRequest) => { status?: number; body: unknown };

export async function startFakeStripe(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, form: new URLSearchParams(raw) };
      requests.push(recorded);
      const { status = 200, body } = respond(recorded);
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    apiBase: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
