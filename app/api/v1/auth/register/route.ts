import { apiRoute } from '@/lib/api/route';
import { register } from '@/lib/api/operations/auth';

export const POST = apiRoute(register);
