import { customerCalendarFile } from '@/lib/calendars/booking-calendar-file';
import { prisma } from '@/lib/db/prisma';
import { calendarResponse } from '@/lib/http/calendar-response';
import { customerRoute } from '@/lib/http/routes';

// "Add to calendar" for the signed-in customer who owns the booking.
export const GET = customerRoute<{ id: string }>(async (_request, { user, params }) => {
  const file = await customerCalendarFile(prisma, user.id, params.id);
  return calendarResponse(file.content, { filename: file.filename, download: true });
});
