import { apiRoute } from '@/lib/api/route';
import { sendWebhookTest } from '@/lib/api/operations/webhooks';

export const POST = apiRoute(sendWebhookTest);
