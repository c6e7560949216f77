import { apiRoute } from '@/lib/api/route';
import { markPaidOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(markPaidOperation);
