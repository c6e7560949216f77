import { apiRoute } from '@/lib/api/route';
import { checkoutCartOperation } from '@/lib/api/operations/carts';

export const POST = apiRoute(checkoutCartOperation);
