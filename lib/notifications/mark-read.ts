import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import type { Db } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';

export const notificationIdSchema = z.object({ id: id('Unknown notification') });

/** Marks one of the user's notifications as read (again is fine) and returns it; others' are NotFound. */
export async function markNotificationRead(db: Db, userId: string, notificationId: string, now = new Date()) {
  const notification = await db.notification.findFirst({ where: { id: notificationId, userId } });
  if (!notification) throw new NotFound('This notification does not exist.');
  if (notification.readAt) return notification;
  return db.notification.update({ where: { id: notification.id }, data: { readAt: now } });
}

/** Marks all the user's unread notifications as read; returns how many changed. */
export async function markAllNotificationsRead(db: Db, userId: string, now = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
