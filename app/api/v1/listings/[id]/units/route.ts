import { apiRoute } from '@/lib/api/route';
import { createUnit, listUnits } from '@/lib/api/operations/inventory';

export const GET = apiRoute(listUnits);
export const POST = apiRoute(createUnit);
