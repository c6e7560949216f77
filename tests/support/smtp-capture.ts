import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server in the test process (smtp-server): what the app sends over SMTP is parsed
// back with mailparser. `down()` closes it (connections are refused), `up()` opens it again on the
// same port, as an SMTP outage and its end look to the app.

export type CapturedMail = ParsedMail & { envelopeTo: string[]; raw: string; acceptedAt: number };

export async function startSmtpCapture(port = 0) {
  const mails: CapturedMail[] = [];
  const waiters: Array<() => void> = [];
  let server: SMTPServer | null = null;

  const listen = (onPort: number) =>
    new Promise<number>((resolve, reject) => {
      const next = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', async () => {
            const raw = Buffer.concat(chunks).toString('utf8');
            const parsed = await simpleParser(raw);
            mails.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, acceptedAt: Date.now() }));
            callback();
            waiters.splice(0).forEach((wake) => wake());
          });
        },
      });
      next.once('error', reject);
      next.listen(onPort, '127.0.0.1', () => {
        server = next;
        resolve((next.server.address() as AddressInfo).port);
      });
    });

  const boundPort = await listen(port);
  return {
    port: boundPort,
    url: `smtp://127.0.0.1:${boundPort}`,
    mails,
    /** Resolves once `count` mails have arrived in all (or rejects after `timeoutMs`). */
    async waitFor(count: number, timeoutMs = 10_000): Promise<CapturedMail[]> {
      const deadline = Date.now() + timeoutMs;
      while (mails.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} mails over SMTP, got ${mails.length}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return mails;
    },
    /** Resolves once `count` mails to `address` have arrived; returns those. */
    async waitForTo(address: string, count: number, timeoutMs = 10_000): Promise<CapturedMail[]> {
      const to = () => mails.filter((m) => m.envelopeTo.includes(address));
      const deadline = Date.now() + timeoutMs;
      while (to().length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} mails to ${address} over SMTP, got ${to().length}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return to();
    },
    async down() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    async up() {
      if (!server) await listen(boundPort);
    },
    close() {
      return this.down();
    },
  };
}

export type SmtpCapture = Awaited<ReturnType<typeof startSmtpCapture>>;
