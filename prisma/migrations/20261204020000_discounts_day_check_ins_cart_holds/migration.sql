-- Issue 18: length discounts and promo codes (point 6), day check-ins (point 5), a booking's cart (point 12).
-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "lengthDiscounts" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "cartId" UUID,
ADD COLUMN     "promoCodeId" UUID;

-- CreateTable
CREATE TABLE "PromoCode" (
    "id" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "percentOff" INTEGER,
    "amountOff" INTEGER,
    "validFrom" TIMESTAMPTZ(3),
    "validUntil" TIMESTAMPTZ(3),
    "maxUses" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PromoCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingDayCheckIn" (
    "id" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3) NOT NULL,
    "byUserId" UUID,

    CONSTRAINT "BookingDayCheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PromoCode_vendorId_code_key" ON "PromoCode"("vendorId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BookingDayCheckIn_bookingId_day_key" ON "BookingDayCheckIn"("bookingId", "day");

-- CreateIndex
CREATE INDEX "Booking_cartId_status_idx" ON "Booking"("cartId", "status");

-- CreateIndex
CREATE INDEX "Booking_promoCodeId_status_idx" ON "Booking"("promoCodeId", "status");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_promoCodeId_fkey" FOREIGN KEY ("promoCodeId") REFERENCES "PromoCode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromoCode" ADD CONSTRAINT "PromoCode_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingDayCheckIn" ADD CONSTRAINT "BookingDayCheckIn_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A promo code is a percentage (1..100) or an amount, never both; a cap is at least one use.
-- Its cap itself is enforced by lib/booking/promo-codes.ts under a lock on the code's row.
ALTER TABLE "PromoCode"
  ADD CONSTRAINT "PromoCode_one_kind" CHECK (("percentOff" IS NULL) <> ("amountOff" IS NULL)),
  ADD CONSTRAINT "PromoCode_percent_range" CHECK ("percentOff" IS NULL OR "percentOff" BETWEEN 1 AND 100),
  ADD CONSTRAINT "PromoCode_amount_positive" CHECK ("amountOff" IS NULL OR "amountOff" > 0),
  ADD CONSTRAINT "PromoCode_max_uses_positive" CHECK ("maxUses" IS NULL OR "maxUses" > 0),
  ADD CONSTRAINT "PromoCode_valid_range" CHECK ("validFrom" IS NULL OR "validUntil" IS NULL OR "validUntil" > "validFrom"),
  ADD CONSTRAINT "PromoCode_code_upper" CHECK ("code" = upper("code") AND length("code") BETWEEN 3 AND 32);
