import { Writable } from 'node:stream';
import { context, trace, type Span, type SpanOptions, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { withRequestLogging } from './http';
import { createLogger } from './logger';
import { currentRequestId } from './request-context';
import { traced } from './tracing';

// Request ids (in, out, through awaits and into every log line) and the OpenTelemetry hook.

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger(stream, 'info') };
}

describe('request ids', () => {
  it('keep the caller’s X-Request-Id, name it in the answer, and carry it through awaits into every log line', async () => {
    const { lines, logger } = capture();
    const response = await withRequestLogging(new Request('http://x/api/v1/bookings', { headers: { 'x-request-id': 'lb-7f3a' } }), async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.info({ step: 'inside' }, 'booking');
      await Promise.resolve().then(() => logger.warn('later'));
      return new Response('{}', { status: 201 });
    });
    expect(response.headers.get('x-request-id')).toBe('lb-7f3a');
    expect(lines.map((line) => [line.msg, line.requestId])).toEqual([
      ['booking', 'lb-7f3a'],
      ['later', 'lb-7f3a'],
    ]);
    logger.info('outside');
    expect(lines.at(-1)).not.toHaveProperty('requestId');
  });

  it('make a fresh id when none (or a malformed one) is given; concurrent requests never mix them', async () => {
    const seen = await Promise.all(
      ['', 'bad id with spaces', 'x'.repeat(200), 'ok-1'].map(async (given) => {
        let inside: string | undefined;
        const response = await withRequestLogging(new Request('http://x/', { headers: given ? { 'x-request-id': given } : {} }), async () => {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          inside = currentRequestId();
          return Response.redirect('http://x/elsewhere', 303); // immutable headers: copied
        });
        expect(response.status).toBe(303);
        return { given, inside, answered: response.headers.get('x-request-id') };
      }),
    );
    for (const { given, inside, answered } of seen) {
      expect(answered).toBe(inside);
      if (given === 'ok-1') expect(answered).toBe('ok-1');
      else expect(answered).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(seen.map((s) => s.answered)).size).toBe(4);
  });
});

/** The smallest tracer provider: records spans (name, attributes, status, ended). */
function recordingProvider() {
  type Recorded = { name: string; attributes: Record<string, unknown>; status?: { code: number }; exceptions: unknown[]; ended: boolean };
  const spans: Recorded[] = [];
  const tracer: Tracer = {
    startSpan(name: string, options?: SpanOptions): Span {
      const record: Recorded = { name, attributes: { ...options?.attributes }, exceptions: [], ended: false };
      spans.push(record);
      const span = trace.wrapSpanContext({ traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: 1 });
      return Object.assign(span, {
        setStatus: (status: { code: number }) => ((record.status = status), span),
        recordException: (error: unknown) => void record.exceptions.push(error),
        end: () => void (record.ended = true),
      });
    },
    startActiveSpan(name: string, ...args: unknown[]) {
      const fn = args.at(-1) as (span: Span) => unknown;
      const options = (args.length > 1 ? args[0] : undefined) as SpanOptions | undefined;
      const span = this.startSpan(name, options);
      return context.with(trace.setSpan(context.active(), span), fn, undefined, span);
    },
  } as Tracer;
  const provider: TracerProvider = { getTracer: () => tracer };
  return { spans, provider };
}

describe('the OpenTelemetry hook', () => {
  afterEach(() => trace.disable());

  it('is a no-op without a tracer provider: the work runs and answers as before', async () => {
    expect(await traced('booking.request', { 'bookwell.listing_id': 'l1' }, async () => 42)).toBe(42);
    await expect(traced('booking.cancel', {}, async () => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
  });

  it('records a span per booking service call once a provider is registered, failures marked as errors', async () => {
    const { spans, provider } = recordingProvider();
    trace.setGlobalTracerProvider(provider);
    expect(await traced('booking.request', { 'bookwell.listing_id': 'l1' }, async () => 'booked')).toBe('booked');
    await expect(traced('booking.cancel', { 'bookwell.booking_id': 'b1' }, async () => Promise.reject(new Error('too late')))).rejects.toThrow('too late');
    expect(spans).toEqual([
      { name: 'booking.request', attributes: { 'bookwell.listing_id': 'l1' }, exceptions: [], ended: true },
      { name: 'booking.cancel', attributes: { 'bookwell.booking_id': 'b1' }, status: { code: 2, message: 'Error' }, exceptions: [expect.any(Error)], ended: true },
    ]);
  });
});
