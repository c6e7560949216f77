import 'server-only';
import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

// The optional OpenTelemetry hook: booking service calls run in a span of the "bookwell" tracer.
// Without a registered tracer provider (the default) @opentelemetry/api hands out no-op spans;
// a host that registers one (an OTel SDK in instrumentation.ts, a vendor agent) gets the spans.

/** Runs `work` inside a span named `name`; a failure is recorded on the span and rethrown. */
export function traced<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  // Asked for on each call (cheap), so a provider registered after this module loaded is used.
  return trace.getTracer('bookwell').startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof Error) span.recordException(error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
