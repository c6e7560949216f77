import { apiRoute } from '@/lib/api/route';
import { getStaff, updateStaff } from '@/lib/api/operations/staff';

export const GET = apiRoute(getStaff);
export const PATCH = apiRoute(updateStaff);
