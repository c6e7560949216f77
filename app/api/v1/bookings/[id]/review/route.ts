import { apiRoute } from '@/lib/api/route';
import { reviewBookingOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(reviewBookingOperation);
