import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { OutboxMessage } from '@/lib/generated/prisma/client';

export type OutboxContext = { now: Date };

/**
 * Delivers one kind of side effect for outbox messages. Delivery is at least once: a handler may
 * run again for a message it already handled (a crash, a retry after another handler failed), so
 * it must be idempotent, e.g. by deriving its rows' ids from the message id.
 */
export type OutboxHandler = {
  name: string;
  /** Exact topics, or prefixes ending in '*' such as 'booking.*'. */
  topics: readonly string[];
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
