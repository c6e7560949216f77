-- Guest verification: where a business asks for it, a guest's hold goes ahead only once the guest
-- has typed the one-time code sent to their email (and phone, when the business texts and SMS is
-- configured). Only a code's SHA-256 is stored.
ALTER TABLE "Vendor" ADD COLUMN "verifyGuests" BOOLEAN NOT NULL DEFAULT false;

CREATE TYPE "VerificationChannel" AS ENUM ('EMAIL', 'SMS');

CREATE TABLE "GuestVerification" (
    "id" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "channel" "VerificationChannel" NOT NULL,
    "target" TEXT NOT NULL,
    "codeHash" TEXT,
    "expiresAt" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GuestVerification_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "GuestVerification_attempts_check" CHECK ("attempts" >= 0)
);
CREATE UNIQUE INDEX "GuestVerification_bookingId_channel_key" ON "GuestVerification"("bookingId", "channel");
ALTER TABLE "GuestVerification" ADD CONSTRAINT "GuestVerification_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;
