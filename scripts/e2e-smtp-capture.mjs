// A real SMTP server for the browser tests (playwright.delivery.config.ts starts it before the app,
// whose SMTP_URL points here): it accepts every message and serves what it got as JSON, raw, on
// an HTTP port, for the test to parse with mailparser. Not for production use.
//   node scripts/e2e-smtp-capture.mjs <smtp-port> <http-port>
import { createServer } from 'node:http';
import { SMTPServer } from 'smtp-server';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!smtpPort || !httpPort) {
  console.error('usage: node scripts/e2e-smtp-capture.mjs <smtp-port> <http-port>');
  process.exit(2);
}

/** @type {Array<{ to: string[]; raw: string; acceptedAt: number }>} */
const messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8'), acceptedAt: Date.now() });
      callback();
    });
  },
});
smtp.listen(smtpPort, '127.0.0.1');

const http = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') return void response.end('ok');
  if (url.pathname === '/messages') {
    const to = url.searchParams.get('to');
    response.setHeader('content-type', 'application/json');
    return void response.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
  }
  response.statusCode = 404;
  response.end();
});
http.listen(httpPort, '127.0.0.1', () => console.log(`SMTP capture: smtp://127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`));

const stop = () => {
  smtp.close();
  http.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
