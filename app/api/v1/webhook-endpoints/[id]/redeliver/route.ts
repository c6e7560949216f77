import { apiRoute } from '@/lib/api/route';
import { redeliverWebhooks } from '@/lib/api/operations/webhooks';

export const POST = apiRoute(redeliverWebhooks);
