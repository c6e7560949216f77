import 'server-only';
import { logger } from './logger';
import { withRequestId } from './request-context';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

/**
 * Runs a route handler under the request's id (X-Request-Id or a fresh one), answers with that id
 * in the X-Request-Id header and logs one line per request (method, path, status, duration).
 */
export async function withRequestLogging(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  return withRequestId(requestId, async () => {
    const started = performance.now();
    const response = await handle();
    const path = safePath(request.url);
    logger.info({ method: request.method, path, status: response.status, ms: Math.round(performance.now() - started) }, 'request');
    return withHeader(response, REQUEST_ID_HEADER, requestId);
  });
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    // Immutable headers (Response.redirect): copy the response.
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}
