import { apiRoute } from '@/lib/api/route';
import { addCartItem } from '@/lib/api/operations/carts';

export const POST = apiRoute(addCartItem);
