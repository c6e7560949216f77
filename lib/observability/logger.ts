import 'server-only';
import { trace } from '@opentelemetry/api';
import pino from 'pino';
import { currentRequestId } from './request-context';

// One structured (JSON) logger for server code: every line carries the current request id and,
// when an OpenTelemetry tracer is registered, the trace id, so an operator running several
// servers can follow one booking. LOG_LEVEL sets the level (default info; silent in unit tests).

const defaultLevel = () => process.env.LOG_LEVEL || (process.env.NODE_ENV === 'test' ? 'silent' : 'info');

/** A logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(destination?: pino.DestinationStream, level = defaultLevel()) {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    messageKey: 'msg',
    errorKey: 'err',
    mixin() {
      const requestId = currentRequestId();
      const span = trace.getActiveSpan()?.spanContext();
      return {
        ...(requestId ? { requestId } : {}),
        ...(span && span.traceFlags & 1 ? { traceId: span.traceId, spanId: span.spanId } : {}),
      };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

export type Logger = typeof logger;
