-- Issue 17, point 7: the notes a business or operator writes when marking a transfer paid or giving a
-- refund are internal; what the customer is told is a separate, optional message.
ALTER TABLE "BookingEvent" ADD COLUMN "internalNote" TEXT;
ALTER TABLE "Payment" ADD COLUMN "customerMessage" TEXT;

-- Reasons written so far for those steps were internal notes: move them out of the customer's view.
UPDATE "BookingEvent" SET "internalNote" = "reason", "reason" = NULL
WHERE "reason" IS NOT NULL AND ("data"->>'action' = 'verifyManualPayment' OR "data"->>'kind' = 'refund_issued');
