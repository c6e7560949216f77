import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// The request id of the work in progress, carried through every await (AsyncLocalStorage), so each
// log line of one request, and of the outbox run it kicks off after its response, can be found
// together across several servers.

type RequestContext = { requestId: string };
const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `requestId` as the current request id. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

/** The current request id, if any work of a request (or a job given one) is running. */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
