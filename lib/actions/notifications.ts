'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { NotFound } from '@/lib/errors';
import { markAllNotificationsRead, markNotificationRead, notificationIdSchema } from '@/lib/notifications/mark-read';

// Plain form actions (they work without JavaScript). Each reads the signed-in user itself: a
// notification id from the form is only ever looked up among that user's own.

async function signedInUserId(): Promise<string> {
  const user = await getCurrentUser();
  if (!user) redirect('/signin?callbackUrl=/account/notifications');
  return user.id;
}

async function markRead(formData: FormData) {
  const userId = await signedInUserId();
  const parsed = notificationIdSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) return null;
  try {
    return await markNotificationRead(prisma, userId, parsed.data.id);
  } catch (error) {
    if (error instanceof NotFound) return null;
    throw error;
  } finally {
    revalidatePath('/', 'layout'); // the unread count in the header, on every page
  }
}

const isLocalPath = (link: string | null | undefined): link is string => !!link && link.startsWith('/') && !link.startsWith('//');

/** Marks the notification read and goes where it points. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const notification = await markRead(formData);
  if (isLocalPath(notification?.link)) redirect(notification.link);
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  await markRead(formData);
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead(prisma, await signedInUserId());
  revalidatePath('/', 'layout');
}
