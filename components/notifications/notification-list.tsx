import type { Notification } from '@/lib/generated/prisma/client';
import { relativeTime } from './relative-time';

type FormAction = (formData: FormData) => Promise<void>;

/** The user's notifications, newest first; unread ones stand out and can be opened or marked read. */
export function NotificationList({ notifications, now, openAction, markReadAction }: { notifications: Notification[]; now: Date; openAction: FormAction; markReadAction: FormAction }) {
  const button = 'rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 hover:bg-slate-50';
  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
      {notifications.map((n) => {
        const unread = n.readAt === null;
        return (
          <li key={n.id} className={`flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between ${unread ? 'bg-brand-50/60' : ''}`}>
            <div className="min-w-0 space-y-1">
              <p className={unread ? 'font-semibold' : 'font-medium text-slate-700'}>
                {unread ? (
                  <span className="mr-2 inline-block h-2 w-2 rounded-full bg-brand-600 align-middle" aria-hidden="true" />
                ) : null}
                {unread ? <span className="sr-only">Unread: </span> : null}
                {n.title}
              </p>
              {n.body ? <p className="break-words text-sm text-slate-600">{n.body}</p> : null}
              <p className="text-xs text-slate-500">
                <time dateTime={n.createdAt.toISOString()} title={n.createdAt.toISOString()}>
                  {relativeTime(n.createdAt, now)}
                </time>
              </p>
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              {n.link ? (
                <form action={openAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className={`${button} text-brand-700`}>
                    Open<span className="sr-only">: {n.title}</span>
                  </button>
                </form>
              ) : null}
              {unread ? (
                <form action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" className={`${button} text-slate-700`}>
                    Mark as read<span className="sr-only">: {n.title}</span>
                  </button>
                </form>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
