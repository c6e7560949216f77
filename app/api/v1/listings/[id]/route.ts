import { apiRoute, corsPreflight } from '@/lib/api/route';
import { getListing } from '@/lib/api/operations/catalog';
import { updateListingOperation } from '@/lib/api/operations/inventory';

export const GET = apiRoute(getListing);
export const PATCH = apiRoute(updateListingOperation);
export const OPTIONS = corsPreflight;
