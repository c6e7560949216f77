import { apiRoute } from '@/lib/api/route';
import { approveBookingOperation } from '@/lib/api/operations/bookings';

export const POST = apiRoute(approveBookingOperation);
