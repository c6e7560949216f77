import { apiRoute } from '@/lib/api/route';
import { listWebhookDeliveries } from '@/lib/api/operations/webhooks';

export const GET = apiRoute(listWebhookDeliveries);
