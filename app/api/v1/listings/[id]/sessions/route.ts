import { apiRoute } from '@/lib/api/route';
import { createSessions, listSessions } from '@/lib/api/operations/inventory';

export const GET = apiRoute(listSessions);
export const POST = apiRoute(createSessions);
