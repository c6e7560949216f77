import { apiRoute } from '@/lib/api/route';
import { checkInOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(checkInOperation);
