import { apiRoute } from '@/lib/api/route';
import { createQuote } from '@/lib/api/operations/bookings';

export const POST = apiRoute(createQuote);
