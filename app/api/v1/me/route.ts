import { apiRoute } from '@/lib/api/route';
import { getMe } from '@/lib/api/operations/auth';

export const GET = apiRoute(getMe);
