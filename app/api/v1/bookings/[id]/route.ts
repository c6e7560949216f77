import { apiRoute } from '@/lib/api/route';
import { getBooking } from '@/lib/api/operations/bookings';

export const GET = apiRoute(getBooking);
