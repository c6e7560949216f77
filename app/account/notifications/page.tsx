import type { Metadata } from 'next';
import Link from 'next/link';
import { NotificationList } from '@/components/notifications/notification-list';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { customerPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { listNotifications } from '@/lib/notifications/queries';
import { markAllNotificationsReadAction, markNotificationReadAction, openNotificationAction } from '@/lib/actions/notifications';

export const metadata: Metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const { user } = await customerPage('/account/notifications');
  const notifications = await listNotifications(prisma, user.id);
  const unread = notifications.filter((n) => n.readAt === null).length;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/account" className="text-brand-700 underline">
          My bookings
        </Link>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Notifications</h1>
          <p className="text-sm text-slate-600" role="status">
            {unread === 0 ? 'You are all caught up.' : `${unread} unread`}
          </p>
        </div>
        {unread > 0 ? (
          <form action={markAllNotificationsReadAction}>
            <Button type="submit" variant="secondary">
              Mark all as read
            </Button>
          </form>
        ) : null}
      </div>
      {notifications.length === 0 ? (
        <EmptyState title="No notifications yet">We let you know here when something happens to your bookings.</EmptyState>
      ) : (
        <NotificationList notifications={notifications} now={new Date()} openAction={openNotificationAction} markReadAction={markNotificationReadAction} />
      )}
    </div>
  );
}
