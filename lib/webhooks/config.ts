// WEBHOOKS_ALLOW_PRIVATE_TARGETS=true lets endpoints live on private addresses and plain http
// (a receiver on localhost in development and tests). Never set it in production: it would let a
// business point webhooks at the server's own network.
export function allowPrivateWebhookTargets(): boolean {
  return process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS === 'true';
}
