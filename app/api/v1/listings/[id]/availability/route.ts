import { apiRoute, corsPreflight } from '@/lib/api/route';
import { getListingAvailability } from '@/lib/api/operations/catalog';

export const GET = apiRoute(getListingAvailability);
export const OPTIONS = corsPreflight;
