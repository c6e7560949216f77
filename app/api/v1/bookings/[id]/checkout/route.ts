import { apiRoute } from '@/lib/api/route';
import { checkoutOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(checkoutOperation);
