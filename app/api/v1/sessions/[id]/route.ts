import { apiRoute } from '@/lib/api/route';
import { cancelSessionOperation, updateSessionOperation } from '@/lib/api/operations/inventory';

export const PATCH = apiRoute(updateSessionOperation);
export const DELETE = apiRoute(cancelSessionOperation);
