import { apiRoute } from '@/lib/api/route';
import { cancelSessionOperation } from '@/lib/api/operations/inventory';

export const DELETE = apiRoute(cancelSessionOperation);
