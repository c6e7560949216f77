-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "VendorInvitation" ADD COLUMN     "revokedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN     "suspendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "suspensionReason" TEXT;

-- AlterTable
ALTER TABLE "ListingImage" ADD COLUMN     "byteSize" INTEGER,
ADD COLUMN     "contentType" TEXT,
ADD COLUMN     "storageKey" TEXT;

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");


-- A suspended vendor always says when; an active one never does.
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_suspension_check"
  CHECK (("status" = 'SUSPENDED') = ("suspendedAt" IS NOT NULL));

ALTER TABLE "ListingImage" ADD CONSTRAINT "ListingImage_byteSize_check" CHECK ("byteSize" IS NULL OR "byteSize" > 0);
ALTER TABLE "ListingImage" ADD CONSTRAINT "ListingImage_position_check" CHECK ("position" >= 0);

-- One open invitation per person and business; re-inviting revokes the old one first.
CREATE UNIQUE INDEX "VendorInvitation_open_email_key" ON "VendorInvitation" ("vendorId", lower("email"))
  WHERE "acceptedAt" IS NULL AND "revokedAt" IS NULL;

-- The audit trail is append-only: nothing rewrites or deletes what an operator did.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog rows cannot be changed or deleted' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
