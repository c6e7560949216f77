import { apiRoute } from '@/lib/api/route';
import { revokeToken } from '@/lib/api/operations/auth';

export const POST = apiRoute(revokeToken);
