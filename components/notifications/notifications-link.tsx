import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { unreadNotificationCount } from '@/lib/notifications/queries';

const HEADER_LINK = 'rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100';

/** "Notifications (n unread)" for the signed-in user; renders nothing for visitors. */
export async function NotificationsLink({ className = HEADER_LINK }: { className?: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const unread = await unreadNotificationCount(prisma, user.id);
  return (
    <Link href="/account/notifications" className={`inline-flex items-center gap-1.5 ${className}`}>
      Notifications
      {unread > 0 ? (
        <>
          <span aria-hidden="true" className="rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold leading-none text-white">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="sr-only">({unread} unread)</span>
        </>
      ) : null}
    </Link>
  );
}
