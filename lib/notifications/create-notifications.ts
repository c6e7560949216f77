import 'server-only';
import type { Db } from '@/lib/db/prisma';

export type NewNotification = { id: string; userId: string; type: string; title: string; body: string; link: string | null };

/**
 * Inserts notifications whose ids are derived from what caused them (lib/outbox/idempotent-id.ts):
 * a repeated delivery of the same outbox message adds nothing. Returns how many were new.
 */
export async function createNotifications(db: Pick<Db, 'notification'>, rows: NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const { count } = await db.notification.createMany({ data: rows, skipDuplicates: true });
  return count;
}
