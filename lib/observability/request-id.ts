// The request id header, read where a request enters (proxy, route and action wrappers).
// No Node-only imports: the proxy uses it too.

export const REQUEST_ID_HEADER = 'x-request-id';

/** The caller's (or the load balancer's) X-Request-Id when it is a sane token, else a fresh one. */
export function requestIdOf(headers: Pick<Headers, 'get'>): string {
  const given = headers.get(REQUEST_ID_HEADER)?.trim();
  return given && /^[\w.:@/+=-]{1,128}$/.test(given) ? given : crypto.randomUUID();
}
