import { apiRoute } from '@/lib/api/route';
import { deleteWebhookEndpoint, getWebhookEndpoint, updateWebhookEndpoint } from '@/lib/api/operations/webhooks';

export const GET = apiRoute(getWebhookEndpoint);
export const PATCH = apiRoute(updateWebhookEndpoint);
export const DELETE = apiRoute(deleteWebhookEndpoint);
