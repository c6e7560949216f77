-- AlterTable
ALTER TABLE "BookingAllocation" ADD COLUMN     "holdExpiresAt" TIMESTAMPTZ(3);

-- Allocations carry their booking's hold expiry, so availability reads ("is this hold still live?")
-- need no join to Booking. Kept in step by the same triggers that keep "blocking".
UPDATE "BookingAllocation" a SET "holdExpiresAt" = b."holdExpiresAt" FROM "Booking" b WHERE b."id" = a."bookingId";

CREATE OR REPLACE FUNCTION booking_allocation_set_blocking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT booking_status_is_blocking(b."status"), b."holdExpiresAt" INTO NEW."blocking", NEW."holdExpiresAt"
  FROM "Booking" b WHERE b."id" = NEW."bookingId";
  RETURN NEW;
END $$;

DROP TRIGGER booking_allocation_set_blocking ON "BookingAllocation";
CREATE TRIGGER booking_allocation_set_blocking
  BEFORE INSERT OR UPDATE OF "bookingId", "blocking", "holdExpiresAt" ON "BookingAllocation"
  FOR EACH ROW EXECUTE FUNCTION booking_allocation_set_blocking();

CREATE OR REPLACE FUNCTION booking_sync_allocations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF booking_status_is_blocking(NEW."status") IS DISTINCT FROM booking_status_is_blocking(OLD."status")
     OR NEW."holdExpiresAt" IS DISTINCT FROM OLD."holdExpiresAt" THEN
    -- The BEFORE trigger above recomputes both columns from the (already updated) booking row.
    UPDATE "BookingAllocation" SET "blocking" = booking_status_is_blocking(NEW."status") WHERE "bookingId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

DROP TRIGGER booking_sync_allocations ON "Booking";
CREATE TRIGGER booking_sync_allocations
  AFTER UPDATE OF "status", "holdExpiresAt" ON "Booking"
  FOR EACH ROW EXECUTE FUNCTION booking_sync_allocations();

-- Catalog availability over many listings scans blocking unit allocations by time range alone.
CREATE INDEX "BookingAllocation_unit_blocking_range_idx" ON "BookingAllocation"
  USING gist (tstzrange("startAt", "endAt", '[)')) WHERE "blocking" AND "unitId" IS NOT NULL;

-- Only holds have an expiry: a confirmed or checked-in booking never lapses.
UPDATE "Booking" SET "holdExpiresAt" = NULL WHERE "status" IN ('CONFIRMED', 'CHECKED_IN') AND "holdExpiresAt" IS NOT NULL;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_only_holds_expire" CHECK ("holdExpiresAt" IS NULL OR "status" NOT IN ('CONFIRMED', 'CHECKED_IN'));
