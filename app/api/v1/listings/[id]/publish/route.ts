import { apiRoute } from '@/lib/api/route';
import { publishListing } from '@/lib/api/operations/inventory';

export const POST = apiRoute(publishListing);
