import { apiRoute, corsPreflight } from '@/lib/api/route';
import { listListings } from '@/lib/api/operations/catalog';

export const GET = apiRoute(listListings);
export const OPTIONS = corsPreflight;
