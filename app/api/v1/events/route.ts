import { apiRoute } from '@/lib/api/route';
import { listWebhookEvents } from '@/lib/api/operations/webhooks';

export const GET = apiRoute(listWebhookEvents);
