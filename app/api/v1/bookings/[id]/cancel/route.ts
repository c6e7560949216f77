import { apiRoute } from '@/lib/api/route';
import { cancelBookingOperation } from '@/lib/api/operations/bookings';

export const POST = apiRoute(cancelBookingOperation);
