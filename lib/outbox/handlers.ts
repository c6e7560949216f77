import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { OutboxMessage } from '@/lib/generated/prisma/client';

export type OutboxContext = {
  now: Date;
  /** Whom this delivery is for: one of the handler's `recipients`, or '' for a handler without them. */
  recipient: string;
};

/**
 * Delivers one kind of side effect for outbox messages. Each (message, handler, recipient) is its
 * own delivery with its own attempts (lib/outbox/process-outbox.ts), so a failing handler never
 * holds back another. Delivery is at least once: a handler may run again for a delivery it already
 * made (a crash between sending and recording), so it must be idempotent, e.g. by deriving its
 * rows' ids from the message id and the recipient.
 */
export type OutboxHandler = {
  name: string;
  /** Exact topics, or prefixes ending in '*' such as 'booking.*'. */
  topics: readonly string[];
  /**
   * Whom this message goes to (email addresses, user ids ...): one delivery each, retried on its
   * own. None means nothing to do. Without it the handler gets one delivery, recipient ''.
   */
  recipients?: (db: Db, message: OutboxMessage, context: { now: Date }) => Promise<readonly string[]>;
  handle: (db: Db, message: OutboxMessage, context: OutboxContext) => Promise<void>;
};

export function handlesTopic(handler: OutboxHandler, topic: string): boolean {
  return handler.topics.some((pattern) => (pattern.endsWith('*') ? topic.startsWith(pattern.slice(0, -1)) : topic === pattern));
}

/** SQL LIKE patterns for the topics any of the handlers take; other topics are left for others. */
export function topicPatterns(handlers: readonly OutboxHandler[]): string[] {
  const escape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return [...new Set(handlers.flatMap((h) => h.topics.map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}%` : escape(p)))))];
}
