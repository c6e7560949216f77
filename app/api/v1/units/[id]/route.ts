import { apiRoute } from '@/lib/api/route';
import { updateUnitOperation } from '@/lib/api/operations/inventory';

export const PATCH = apiRoute(updateUnitOperation);
