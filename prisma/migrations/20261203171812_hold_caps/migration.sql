-- Issue 17, point 2: unpaid holds are capped per contact email, phone, customer and address.
ALTER TABLE "Booking" ADD COLUMN "clientAddress" TEXT;

-- The caps count open holds of one person; these keep that count off a scan of every booking.
CREATE INDEX "Booking_open_hold_email_idx" ON "Booking" (lower("contactEmail")) WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT');
CREATE INDEX "Booking_open_hold_phone_idx" ON "Booking" (regexp_replace("contactPhone", '\D', '', 'g')) WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT');
CREATE INDEX "Booking_open_hold_customer_idx" ON "Booking" ("customerId") WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT');
CREATE INDEX "Booking_open_hold_address_idx" ON "Booking" ("clientAddress") WHERE "status" IN ('REQUESTED', 'AWAITING_PAYMENT');
