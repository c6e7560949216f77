import { guestCalendarFile } from '@/lib/calendars/booking-calendar-file';
import { prisma } from '@/lib/db/prisma';
import { calendarResponse } from '@/lib/http/calendar-response';
import { publicRoute } from '@/lib/http/routes';

// "Add to calendar" for a guest: the magic link's token is the permission.
export const GET = publicRoute<{ token: string }>(async (_request, { params }) => {
  const file = await guestCalendarFile(prisma, params.token);
  return calendarResponse(file.content, { filename: file.filename, download: true });
});
