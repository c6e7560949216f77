import { beforeAll, describe, expect, it } from 'vitest';
import { NotFound } from '@/lib/errors';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notifications/mark-read';
import { listNotifications, unreadNotificationCount } from '@/lib/notifications/queries';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { NOW, aCustomer, minutesAfter } from '../support/scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

async function notify(userId: string, title: string, createdAt: Date) {
  return t.db.notification.create({ data: { userId, type: 'booking.confirmed', title, createdAt } });
}

describe('notifications', () => {
  it('counts unread ones, lists newest first, and marks one or all as read, only for their owner', async () => {
    const { userId } = await aCustomer(t.db);
    const other = await aCustomer(t.db);
    const first = await notify(userId, 'First', NOW);
    await notify(userId, 'Second', minutesAfter(NOW, 1));
    await notify(userId, 'Third', minutesAfter(NOW, 2));
    await notify(other.userId, 'Not yours', NOW);

    expect(await unreadNotificationCount(t.db, userId)).toBe(3);
    expect((await listNotifications(t.db, userId)).map((n) => n.title)).toEqual(['Third', 'Second', 'First']);

    await expect(markNotificationRead(t.db, other.userId, first.id, NOW)).rejects.toBeInstanceOf(NotFound);
    expect(await markNotificationRead(t.db, userId, first.id, minutesAfter(NOW, 5))).toMatchObject({ readAt: minutesAfter(NOW, 5) });
    expect(await markNotificationRead(t.db, userId, first.id, minutesAfter(NOW, 9))).toMatchObject({ readAt: minutesAfter(NOW, 5) }); // again: unchanged
    expect(await unreadNotificationCount(t.db, userId)).toBe(2);

    expect(await markAllNotificationsRead(t.db, userId, minutesAfter(NOW, 10))).toBe(2);
    expect(await unreadNotificationCount(t.db, userId)).toBe(0);
    expect(await unreadNotificationCount(t.db, other.userId)).toBe(1);
  });
});
