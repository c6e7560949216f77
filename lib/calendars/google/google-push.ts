import 'server-only';
// Pushes bookings to the Google Calendar of their staff member, as one outbox delivery per booking
// change and connected staff member (retried on its own, never inside the booking's transaction).
// Each delivery writes the booking's current state, so retries and out-of-order deliveries converge:
// confirmed → the event exists with the booking's times (insert or update), cancelled → it is deleted.
import type { Db } from '@/lib/db/prisma';
import { absoluteUrl } from '@/lib/config/app-url';
import type { OutboxHandler } from '@/lib/outbox/handlers';
import { bookingMessagePayloadSchema } from '@/lib/outbox/booking-change';
import { isInCalendar } from '../add-to-calendar-links';
import { calendarApi, googleEventId, googleStatus } from './google-api';
import { googleSettings, type GoogleSettings } from './google-settings';
import { openToken } from './sealed-token';

const GONE_STATUSES = ['CANCELLED', 'DECLINED', 'EXPIRED'];

async function loadBooking(db: Db, bookingId: string) {
  return db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      reference: true,
      status: true,
      startAt: true,
      endAt: true,
      contactName: true,
      listing: { select: { title: true, address: true, city: true } },
      allocations: { where: { staffId: { not: null } }, select: { staffId: true } },
    },
  });
}

export function googlePushHandler(settings: () => GoogleSettings | null = googleSettings): OutboxHandler {
  return {
    name: 'google-calendar-push',
    topics: ['booking.*'],
    async recipients(db, message) {
      if (!settings()) return [];
      const booking = await loadBooking(db, bookingMessagePayloadSchema.parse(message.payload).bookingId);
      const staffIds = [...new Set((booking?.allocations ?? []).map((a) => a.staffId!))];
      if (staffIds.length === 0) return [];
      const connected = await db.googleCalendarConnection.findMany({ where: { staffId: { in: staffIds } }, select: { staffId: true } });
      return connected.map((c) => c.staffId);
    },
    async handle(db, message, { recipient }) {
      const google = settings();
      const booking = await loadBooking(db, bookingMessagePayloadSchema.parse(message.payload).bookingId);
      const connection = await db.googleCalendarConnection.findUnique({ where: { staffId: recipient } });
      if (!google || !booking || !connection) return; // disconnected meanwhile: nothing to keep in step
      const api = calendarApi(google, openToken(connection.refreshTokenSealed));
      const calendarId = connection.googleCalendarId;
      const eventId = googleEventId(booking.id);

      if (isInCalendar(booking.status)) {
        const requestBody = {
          summary: `${booking.listing.title}: ${booking.contactName} (${booking.reference})`,
          description: `Booking ${booking.reference}: ${absoluteUrl(`/dashboard/bookings/${booking.id}`)}`,
          location: [booking.listing.address, booking.listing.city].filter(Boolean).join(', ') || undefined,
          start: { dateTime: booking.startAt.toISOString() },
          end: { dateTime: booking.endAt.toISOString() },
          status: 'confirmed',
        };
        try {
          await api.events.update({ calendarId, eventId, requestBody });
        } catch (error) {
          if (googleStatus(error) !== 404) throw error;
          await api.events.insert({ calendarId, requestBody: { ...requestBody, id: eventId } });
        }
      } else if (GONE_STATUSES.includes(booking.status)) {
        try {
          await api.events.delete({ calendarId, eventId });
        } catch (error) {
          const status = googleStatus(error);
          if (status !== 404 && status !== 410) throw error; // never pushed, or already deleted
        }
      }
    },
  };
}
