import { apiRoute } from '@/lib/api/route';
import { createWebhookEndpoint, listWebhookEndpoints } from '@/lib/api/operations/webhooks';

export const GET = apiRoute(listWebhookEndpoints);
export const POST = apiRoute(createWebhookEndpoint);
