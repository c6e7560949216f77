import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

// A real webhook receiver on 127.0.0.1: it verifies every delivery with the standardwebhooks
// library (signature and timestamp tolerance), against the secrets it was given, exactly as a
// consumer would. `answer` decides the reply (up, down, slow, redirecting …).

export type Received = { id: string; type: string; body: string; payload: { id: string; type: string; created_at: string; api_version: string; data: { object: Record<string, unknown> } }; headers: IncomingHttpHeaders; signatures: number };
export type Answer = { status: number; body?: string; delayMs?: number; headers?: Record<string, string> };

export async function startReceiver(initialSecrets: string[] = []) {
  let secrets = initialSecrets;
  let answer: (received: Received) => Answer = () => ({ status: 200, body: 'ok' });
  const received: Received[] = [];
  const rejected: Array<{ headers: IncomingHttpHeaders; reason: string }> = [];
  let requests = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      const verified = secrets.some((secret) => {
        try {
          new Webhook(secret).verify(body, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (!verified) {
        rejected.push({ headers: req.headers, reason: 'signature' });
        res.writeHead(401).end('bad signature');
        return;
      }
      const payload = JSON.parse(body) as Received['payload'];
      const delivery: Received = { id: headers['webhook-id'], type: payload.type, body, payload, headers: req.headers, signatures: headers['webhook-signature'].split(' ').length };
      const reply = answer(delivery);
      const respond = () => {
        if (reply.status >= 200 && reply.status < 300) received.push(delivery);
        res.writeHead(reply.status, reply.headers).end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(respond, reply.delayMs);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    rejected,
    get requests() {
      return requests;
    },
    setSecrets(next: string[]) {
      secrets = next;
    },
    answer(next: (received: Received) => Answer) {
      answer = next;
    },
    up() {
      answer = () => ({ status: 200, body: 'ok' });
    },
    down(status = 503, body = 'Service Unavailable') {
      answer = () => ({ status, body });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type Receiver = Awaited<ReturnType<typeof startReceiver>>;
