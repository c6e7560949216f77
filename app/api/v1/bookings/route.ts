import { apiRoute } from '@/lib/api/route';
import { createBooking, listBookings } from '@/lib/api/operations/bookings';

export const GET = apiRoute(listBookings);
export const POST = apiRoute(createBooking);
