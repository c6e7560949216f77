'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { disconnectGoogleCalendar, googleConnectUrl } from '@/lib/calendars/google/google-connection';
import { googleSettings } from '@/lib/calendars/google/google-settings';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { id } from '@/lib/validation/fields';
import { STAFF } from './paths';

// Google Calendar of a staff member: "Connect" sends the member to Google's consent page (the
// answer comes back to /api/google/callback); "Disconnect" stops pulling and pushing.

const staff = z.object({ staffId: id() });

export const connectGoogleCalendarAction = memberAction(staff, ({ staffId }, { actor }) => googleConnectUrl(prisma, actor, staffId, googleSettings()), {
  after: (url) => redirect(url),
});

export const disconnectGoogleCalendarAction = memberAction(staff, ({ staffId }, { actor }) => disconnectGoogleCalendar(prisma, actor, { staffId }, googleSettings()), {
  after: () => revalidatePath(STAFF, 'layout'),
});
