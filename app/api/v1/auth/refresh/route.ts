import { apiRoute } from '@/lib/api/route';
import { refreshToken } from '@/lib/api/operations/auth';

export const POST = apiRoute(refreshToken);
