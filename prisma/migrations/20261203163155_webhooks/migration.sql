-- Outbound webhooks: events written with each change, endpoints with rotation and auto-disable,
-- one delivery per (event, endpoint) and a log of every attempt.

-- Deliveries never had events before: none can be kept (the new foreign key needs one).
DELETE FROM "WebhookDelivery";

-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "disabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "disabledReason" TEXT,
ADD COLUMN     "failingSince" TIMESTAMPTZ(3),
ADD COLUMN     "previousSecret" TEXT,
ADD COLUMN     "previousSecretExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "apiVersion" TEXT NOT NULL,
    "data" JSON NOT NULL,
    "endpointId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "responseStatus" INTEGER,
    "latencyMs" INTEGER NOT NULL,
    "responseExcerpt" TEXT NOT NULL DEFAULT '',
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEvent_vendorId_createdAt_idx" ON "WebhookEvent"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_vendorId_type_createdAt_idx" ON "WebhookEvent"("vendorId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookAttempt_deliveryId_createdAt_idx" ON "WebhookAttempt"("deliveryId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_endpointId_createdAt_idx" ON "WebhookDelivery"("endpointId", "createdAt");

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "WebhookEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "WebhookDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- An endpoint without types used to mean "all": spell them out, then at least one is required.
UPDATE "WebhookEndpoint" SET "events" = ARRAY['booking.requested','booking.approved','booking.declined','booking.confirmed','booking.rescheduled','booking.cancelled','booking.expired','booking.checked_in','booking.checked_out','booking.completed','payment.succeeded','payment.refunded','review.created','listing.updated'] WHERE cardinality("events") = 0;
UPDATE "WebhookEndpoint" SET "disabledAt" = now() WHERE NOT "active";
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_events_check" CHECK (cardinality("events") >= 1);
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_disabled_check" CHECK ("active" = ("disabledAt" IS NULL));
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_secret_check" CHECK ("secret" LIKE 'whsec\_%' AND ("previousSecret" IS NULL OR "previousSecret" LIKE 'whsec\_%'));
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_url_check" CHECK ("url" ~ '^https?://');
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_attempts_check" CHECK ("attempts" >= 0);
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_excerpt_check" CHECK (octet_length("responseExcerpt") <= 1024);
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_latency_check" CHECK ("latencyMs" >= 0);
