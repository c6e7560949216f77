import { apiRoute, corsPreflight } from '@/lib/api/route';
import { getVendor } from '@/lib/api/operations/catalog';

export const GET = apiRoute(getVendor);
export const OPTIONS = corsPreflight;
