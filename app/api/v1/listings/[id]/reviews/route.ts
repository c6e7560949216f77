import { apiRoute, corsPreflight } from '@/lib/api/route';
import { listListingReviews } from '@/lib/api/operations/catalog';

export const GET = apiRoute(listListingReviews);
export const OPTIONS = corsPreflight;
