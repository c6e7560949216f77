import 'server-only';
import type { Db } from '@/lib/db/prisma';

export function unreadNotificationCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/** The user's notifications, newest first. */
export function listNotifications(db: Db, userId: string, take = 50) {
  return db.notification.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
}
