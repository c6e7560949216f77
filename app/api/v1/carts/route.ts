import { apiRoute } from '@/lib/api/route';
import { createCart } from '@/lib/api/operations/carts';

export const POST = apiRoute(createCart);
