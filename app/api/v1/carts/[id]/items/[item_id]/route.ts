import { apiRoute } from '@/lib/api/route';
import { removeCartItemOperation } from '@/lib/api/operations/carts';

export const DELETE = apiRoute(removeCartItemOperation);
