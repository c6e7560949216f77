import { apiRoute, corsPreflight } from '@/lib/api/route';
import { listListings } from '@/lib/api/operations/catalog';
import { createListingOperation } from '@/lib/api/operations/inventory';

export const GET = apiRoute(listListings);
export const POST = apiRoute(createListingOperation);
export const OPTIONS = corsPreflight;
