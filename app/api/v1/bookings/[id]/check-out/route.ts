import { apiRoute } from '@/lib/api/route';
import { checkOutOperation } from '@/lib/api/operations/booking-steps';

export const POST = apiRoute(checkOutOperation);
