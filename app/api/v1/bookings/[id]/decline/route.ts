import { apiRoute } from '@/lib/api/route';
import { declineBookingOperation } from '@/lib/api/operations/bookings';

export const POST = apiRoute(declineBookingOperation);
