import { apiRoute } from '@/lib/api/route';
import { deleteUnitOperation, updateUnitOperation } from '@/lib/api/operations/inventory';

export const PATCH = apiRoute(updateUnitOperation);
export const DELETE = apiRoute(deleteUnitOperation);
