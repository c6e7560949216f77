import { apiRoute } from '@/lib/api/route';
import { rotateWebhookSecret } from '@/lib/api/operations/webhooks';

export const POST = apiRoute(rotateWebhookSecret);
