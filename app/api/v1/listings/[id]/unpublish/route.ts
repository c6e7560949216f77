import { apiRoute } from '@/lib/api/route';
import { unpublishListing } from '@/lib/api/operations/inventory';

export const POST = apiRoute(unpublishListing);
