-- Issue 18, points 1-4.
-- 1. A session can have a host staff member: its time is taken from their 1:1 slots.
ALTER TABLE "ListingSession" ADD COLUMN "hostStaffId" UUID;
ALTER TABLE "ListingSession" ADD CONSTRAINT "ListingSession_hostStaffId_fkey"
  FOREIGN KEY ("hostStaffId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ListingSession_hostStaffId_startAt_idx" ON "ListingSession"("hostStaffId", "startAt");

-- 2. Manual payment: instructions, reference format, and a 30-minute default hold per business.
ALTER TABLE "Vendor" ADD COLUMN "manualPaymentInstructions" TEXT;
ALTER TABLE "Vendor" ADD COLUMN "manualPaymentReferenceFormat" TEXT NOT NULL DEFAULT '{reference}';
ALTER TABLE "Vendor" ADD COLUMN "manualPaymentHoldMinutes" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_manualPaymentHoldMinutes_check" CHECK ("manualPaymentHoldMinutes" > 0);

-- 4. Ended bookings complete on their own; no-shows where the business checks customers in.
ALTER TABLE "Vendor" ADD COLUMN "requireCheckIn" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Vendor" ADD COLUMN "autoCompleteAfterMinutes" INTEGER NOT NULL DEFAULT 120;
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_autoCompleteAfterMinutes_check" CHECK ("autoCompleteAfterMinutes" >= 0);

-- 3. Balance paid at the desk, and an owner's override to check out with a balance due.
ALTER TABLE "Booking" ADD COLUMN "balancePaymentMethod" TEXT;
ALTER TABLE "Booking" ADD COLUMN "balancePaidById" UUID;
ALTER TABLE "Booking" ADD COLUMN "balancePaidAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD COLUMN "checkOutOverrideById" UUID;
ALTER TABLE "Booking" ADD COLUMN "checkOutOverrideReason" TEXT;
ALTER TABLE "Booking" ADD COLUMN "noShowAt" TIMESTAMPTZ(3);
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_balancePaymentMethod_check" CHECK ("balancePaymentMethod" IS NULL OR "balancePaymentMethod" IN ('CASH', 'CARD'));
CREATE INDEX "Booking_status_endAt_idx" ON "Booking"("status", "endAt");
