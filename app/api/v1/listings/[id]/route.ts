import { apiRoute, corsPreflight } from '@/lib/api/route';
import { getListing } from '@/lib/api/operations/catalog';

export const GET = apiRoute(getListing);
export const OPTIONS = corsPreflight;
