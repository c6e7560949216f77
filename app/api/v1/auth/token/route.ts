import { apiRoute } from '@/lib/api/route';
import { createToken } from '@/lib/api/operations/auth';

export const POST = apiRoute(createToken);
