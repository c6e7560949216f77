import { apiRoute } from '@/lib/api/route';
import { rescheduleOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(rescheduleOperation);
