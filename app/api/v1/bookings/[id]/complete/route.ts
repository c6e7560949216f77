import { apiRoute } from '@/lib/api/route';
import { completeOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(completeOperation);
