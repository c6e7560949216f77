'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { customerAction, formAction } from '@/lib/http/actions';
import { markAllNotificationsRead, markNotificationRead, notificationIdSchema } from '@/lib/notifications/mark-read';

// Plain form actions (they work without JavaScript). A notification id from the form is only ever
// looked up among the signed-in user's own; an unknown one changes nothing.

const refreshUnreadCount = () => revalidatePath('/', 'layout'); // the header's count, on every page
const signInFirst = (failure: { code: string }) => {
  if (failure.code === 'UNAUTHENTICATED') redirect('/signin?callbackUrl=/account/notifications');
};
const isLocalPath = (link: string | null | undefined): link is string => !!link && link.startsWith('/') && !link.startsWith('//');

/** Marks the notification read and goes where it points. */
export const openNotificationAction = formAction(
  customerAction(notificationIdSchema, ({ id }, { user }) => markNotificationRead(prisma, user.id, id), {
    after: (notification) => {
      refreshUnreadCount();
      if (isLocalPath(notification.link)) redirect(notification.link);
    },
  }),
  signInFirst,
);

export const markNotificationReadAction = formAction(
  customerAction(notificationIdSchema, ({ id }, { user }) => markNotificationRead(prisma, user.id, id), { after: refreshUnreadCount }),
  signInFirst,
);

export const markAllNotificationsReadAction = formAction(
  customerAction(z.unknown(), (_, { user }) => markAllNotificationsRead(prisma, user.id), { after: refreshUnreadCount }),
  signInFirst,
);
