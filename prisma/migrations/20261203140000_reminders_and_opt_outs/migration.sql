-- AlterTable
ALTER TABLE "Vendor" ADD COLUMN "reminderHours" INTEGER NOT NULL DEFAULT 24;

-- CreateTable
CREATE TABLE "BookingNudge" (
    "bookingId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingNudge_pkey" PRIMARY KEY ("bookingId","kind")
);

-- CreateTable
CREATE TABLE "EmailOptOut" (
    "email" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOptOut_pkey" PRIMARY KEY ("email","kind")
);

-- AddForeignKey
ALTER TABLE "BookingNudge" ADD CONSTRAINT "BookingNudge_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;
