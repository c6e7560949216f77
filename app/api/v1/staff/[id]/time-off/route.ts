import { apiRoute } from '@/lib/api/route';
import { addStaffTimeOff } from '@/lib/api/operations/staff';

export const POST = apiRoute(addStaffTimeOff);
