import { EVENT_TYPE_DESCRIPTIONS, WEBHOOK_EVENT_TYPES } from '@/lib/webhooks/event-types';
import { RETRY_DELAYS_MS } from '@/lib/webhooks/retry-policy';

// The webhook guide shown at /docs/api (the Webhooks tag's description, Markdown): event types,
// the payload, how to verify a delivery (TypeScript and Python), retries, ordering, rotation.

const human = (ms: number) => (ms < 60_000 ? `${ms / 1000} s` : ms < 3_600_000 ? `${ms / 60_000} min` : `${ms / 3_600_000} h`);

export const WEBHOOK_GUIDE = `Bookwell POSTs a signed JSON event to each of your endpoints when something happens to your business, following the [Standard Webhooks](https://www.standardwebhooks.com/) specification. Register endpoints in **Dashboard → Webhooks** or with \`POST /webhook-endpoints\`, choosing the event types each receives.

**Event types**

${WEBHOOK_EVENT_TYPES.map((type) => `- \`${type}\`: ${EVENT_TYPE_DESCRIPTIONS[type]}`).join('\n')}
- \`webhook.test\`: sent on request ("Send test event", \`POST /webhook-endpoints/{id}/test\`) to one endpoint.

**Payload**: \`{ "id", "type", "created_at", "api_version", "data": { "object" } }\`. \`data.object\` is the object exactly as this API returns it in \`api_version\` (a \`Booking\`, \`Payment\`, \`Review\` or \`BusinessListing\`), as it was when the event happened. Each type's schema is under *Webhooks* in the OpenAPI document.

**Headers**: \`webhook-id\` (the event id, the same on every retry and redelivery), \`webhook-timestamp\` (Unix seconds of this attempt) and \`webhook-signature\` (\`v1,<base64>\`: HMAC-SHA256 with your secret of \`{webhook-id}.{webhook-timestamp}.{body}\`; during a secret rotation there are two, separated by a space). Verify the signature over the raw body before parsing it, and reject timestamps more than 5 minutes off.

TypeScript (\`npm install standardwebhooks\`):

\`\`\`ts
import { Webhook } from 'standardwebhooks';

const webhook = new Webhook(process.env.BOOKWELL_WEBHOOK_SECRET!); // whsec_…

export async function POST(request: Request) {
  const body = await request.text(); // the raw body, not re-serialized JSON
  let event: { id: string; type: string; created_at: string; data: { object: unknown } };
  try {
    event = webhook.verify(body, Object.fromEntries(request.headers)) as typeof event;
  } catch {
    return new Response('invalid signature', { status: 401 });
  }
  if (await alreadyProcessed(event.id)) return new Response('ok'); // retries repeat the id
  await queueForProcessing(event); // answer fast: work after the 2xx
  return new Response('ok');
}
\`\`\`

Python (\`pip install standardwebhooks\`):

\`\`\`python
from standardwebhooks.webhooks import Webhook

webhook = Webhook(os.environ["BOOKWELL_WEBHOOK_SECRET"])  # whsec_...

@app.post("/bookwell/webhooks")
def receive():
    body = request.get_data(as_text=True)  # the raw body
    try:
        event = webhook.verify(body, dict(request.headers))
    except Exception:
        return "invalid signature", 401
    if already_processed(event["id"]):  # retries repeat the id
        return "ok", 200
    queue_for_processing(event)
    return "ok", 200
\`\`\`

**Delivery**: any 2xx answer within 10 seconds acknowledges an event. Anything else (another status, a redirect, which is never followed, no answer) is retried after ${RETRY_DELAYS_MS.map(human).join(', ')}: about three days in all. Every attempt is signed afresh and logged (status, latency, the first 1 kB of your answer): see the endpoint's log in the dashboard or \`GET /webhook-endpoints/{id}/deliveries\`. An endpoint whose deliveries all fail for 5 days is disabled and its owners are emailed; enable it again, then redeliver what it missed with \`POST /webhook-endpoints/{id}/redeliver\` (\`{ "since": … }\`, or \`{ "event_id": … }\` for one event).

**Order is not guaranteed**, and an event may arrive more than once: order by \`created_at\`, and ignore an \`id\` you have already processed. After downtime, catch up with \`GET /events\` (filter by \`type\`, \`created_gte\`, \`created_lt\`): it lists the same payloads.

**Secrets**: each endpoint has its own \`whsec_…\` secret, shown when the endpoint is created. \`POST /webhook-endpoints/{id}/rotate-secret\` makes a new one; for 24 hours deliveries carry a signature with the old secret too, so you can switch without missing one.

**Addresses**: endpoints must be https URLs on public addresses; the address is resolved and checked at every send, so private, loopback, link-local and cloud-metadata addresses are refused. For local development only, \`WEBHOOKS_ALLOW_PRIVATE_TARGETS=true\` lets a server send to \`http://localhost\`.`;
