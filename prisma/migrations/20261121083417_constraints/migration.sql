-- Invariants Prisma cannot declare. The application checks these too, for friendly errors;
-- the database makes violations impossible, so two servers racing can never double-book.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ── Bookings: which statuses hold inventory ───────────────────────────────────────────
CREATE FUNCTION booking_status_is_blocking(s "BookingStatus") RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT s IN ('REQUESTED', 'AWAITING_PAYMENT', 'CONFIRMED', 'CHECKED_IN') $$;

ALTER TABLE "Booking"
  ADD CONSTRAINT "Booking_range_half_open" CHECK ("endAt" > "startAt"),
  ADD CONSTRAINT "Booking_quantity_positive" CHECK ("quantity" > 0),
  ADD CONSTRAINT "Booking_money_non_negative" CHECK (
    "totalAmount" >= 0 AND "depositAmount" >= 0 AND "paidAmount" >= 0 AND "refundedAmount" >= 0
    AND "depositAmount" <= "totalAmount" AND "refundedAmount" <= "paidAmount"),
  ADD CONSTRAINT "Booking_hold_has_expiry" CHECK (
    "status" NOT IN ('REQUESTED', 'AWAITING_PAYMENT') OR "holdExpiresAt" IS NOT NULL),
  ADD CONSTRAINT "Booking_reference_format" CHECK ("reference" ~ '^BK-[0-9A-Z]{6,10}$');

-- ── Allocations: exactly one target, half-open ranges, no overlap while blocking ──────
ALTER TABLE "BookingAllocation"
  ADD CONSTRAINT "BookingAllocation_one_target" CHECK (num_nonnulls("unitId", "staffId", "sessionId") = 1),
  ADD CONSTRAINT "BookingAllocation_range_half_open" CHECK ("endAt" > "startAt"),
  ADD CONSTRAINT "BookingAllocation_seats" CHECK (
    ("sessionId" IS NULL AND "seats" = 0) OR ("sessionId" IS NOT NULL AND "seats" > 0));

ALTER TABLE "BookingAllocation"
  ADD CONSTRAINT "BookingAllocation_unit_no_overlap" EXCLUDE USING gist (
    "unitId" WITH =, tstzrange("startAt", "endAt", '[)') WITH &&
  ) WHERE ("blocking" AND "unitId" IS NOT NULL);

ALTER TABLE "BookingAllocation"
  ADD CONSTRAINT "BookingAllocation_staff_no_overlap" EXCLUDE USING gist (
    "staffId" WITH =, tstzrange("startAt", "endAt", '[)') WITH &&
  ) WHERE ("blocking" AND "staffId" IS NOT NULL);

-- An allocation blocks exactly while its booking does: set on insert, kept in step on every
-- status change, so no code path can forget to release inventory.
CREATE FUNCTION booking_allocation_set_blocking() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT booking_status_is_blocking(b."status") INTO NEW."blocking" FROM "Booking" b WHERE b."id" = NEW."bookingId";
  RETURN NEW;
END $$;

CREATE TRIGGER booking_allocation_set_blocking
  BEFORE INSERT OR UPDATE OF "bookingId", "blocking" ON "BookingAllocation"
  FOR EACH ROW EXECUTE FUNCTION booking_allocation_set_blocking();

CREATE FUNCTION booking_sync_allocations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF booking_status_is_blocking(NEW."status") IS DISTINCT FROM booking_status_is_blocking(OLD."status") THEN
    -- The BEFORE trigger above recomputes "blocking" from the (already updated) booking row.
    UPDATE "BookingAllocation" SET "blocking" = booking_status_is_blocking(NEW."status") WHERE "bookingId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER booking_sync_allocations
  AFTER UPDATE OF "status" ON "Booking"
  FOR EACH ROW EXECUTE FUNCTION booking_sync_allocations();

-- Terminal bookings are never edited or deleted (paid/refunded amounts and updatedAt may still
-- move for late refunds; everything that describes the booking is frozen).
CREATE FUNCTION booking_guard_terminal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" IN ('COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED') THEN
      RAISE EXCEPTION 'booking % is % and cannot be deleted', OLD."reference", OLD."status"
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD."status" IN ('COMPLETED', 'CANCELLED', 'DECLINED', 'EXPIRED') AND (
       NEW."status" IS DISTINCT FROM OLD."status" OR NEW."startAt" IS DISTINCT FROM OLD."startAt"
       OR NEW."endAt" IS DISTINCT FROM OLD."endAt" OR NEW."quantity" IS DISTINCT FROM OLD."quantity"
       OR NEW."priceSnapshot" IS DISTINCT FROM OLD."priceSnapshot" OR NEW."totalAmount" IS DISTINCT FROM OLD."totalAmount"
       OR NEW."listingId" IS DISTINCT FROM OLD."listingId") THEN
    RAISE EXCEPTION 'booking % is % and cannot be changed', OLD."reference", OLD."status"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER booking_guard_terminal
  BEFORE UPDATE OR DELETE ON "Booking"
  FOR EACH ROW EXECUTE FUNCTION booking_guard_terminal();

-- ── Sessions: seats taken never exceed capacity ───────────────────────────────────────
ALTER TABLE "ListingSession"
  ADD CONSTRAINT "ListingSession_range_half_open" CHECK ("endAt" > "startAt"),
  ADD CONSTRAINT "ListingSession_capacity" CHECK ("capacity" >= 0 AND "seatsTaken" >= 0 AND "seatsTaken" <= "capacity");

-- seatsTaken is the sum of blocking seat allocations, kept by this trigger; the UPDATE locks the
-- session row (serialising racing bookings) and the CHECK above rejects an overbooking.
CREATE FUNCTION session_seats_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."sessionId" IS NOT NULL AND OLD."blocking" THEN
    UPDATE "ListingSession" SET "seatsTaken" = "seatsTaken" - OLD."seats" WHERE "id" = OLD."sessionId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."sessionId" IS NOT NULL AND NEW."blocking" THEN
    UPDATE "ListingSession" SET "seatsTaken" = "seatsTaken" + NEW."seats" WHERE "id" = NEW."sessionId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER session_seats_sync
  AFTER INSERT OR UPDATE OR DELETE ON "BookingAllocation"
  FOR EACH ROW EXECUTE FUNCTION session_seats_sync();

-- ── Money, ratings, policy values ─────────────────────────────────────────────────────
ALTER TABLE "Listing"
  ADD CONSTRAINT "Listing_money_non_negative" CHECK ("priceAmount" >= 0 AND "depositValue" >= 0),
  ADD CONSTRAINT "Listing_tax_rate" CHECK ("taxRateBps" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "Listing_deposit_percent" CHECK ("depositType" <> 'PERCENT' OR "depositValue" <= 100),
  ADD CONSTRAINT "Listing_policy_values" CHECK (
    "leadTimeMinutes" >= 0 AND "maxAdvanceDays" > 0 AND "maxQuantityPerBooking" > 0
    AND "bufferBeforeMinutes" >= 0 AND "bufferAfterMinutes" >= 0 AND "slotIntervalMinutes" > 0
    AND ("holdMinutes" IS NULL OR "holdMinutes" > 0)
    AND ("minDurationMinutes" IS NULL OR "minDurationMinutes" > 0)
    AND ("maxDurationMinutes" IS NULL OR "maxDurationMinutes" >= COALESCE("minDurationMinutes", 1))
    AND ("durationMinutes" IS NULL OR "durationMinutes" > 0)),
  ADD CONSTRAINT "Listing_location" CHECK (
    ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90) AND ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180));

ALTER TABLE "ListingSession"
  ADD CONSTRAINT "ListingSession_price_non_negative" CHECK ("priceAmount" IS NULL OR "priceAmount" >= 0);

ALTER TABLE "Payment"
  ADD CONSTRAINT "Payment_amount_non_negative" CHECK ("amount" >= 0);

ALTER TABLE "Review"
  ADD CONSTRAINT "Review_rating_range" CHECK ("rating" BETWEEN 1 AND 5);

ALTER TABLE "AvailabilityRule"
  ADD CONSTRAINT "AvailabilityRule_valid" CHECK (
    "weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");

ALTER TABLE "AvailabilityException"
  ADD CONSTRAINT "AvailabilityException_valid" CHECK (
    ("startMinute" IS NULL AND "endMinute" IS NULL)
    OR ("startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute"));

ALTER TABLE "StaffTimeOff" ADD CONSTRAINT "StaffTimeOff_range_half_open" CHECK ("endAt" > "startAt");
ALTER TABLE "ExternalBusyBlock" ADD CONSTRAINT "ExternalBusyBlock_range_half_open" CHECK ("endAt" > "startAt");
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_valid" CHECK ("endAt" > "startAt" AND "quantity" > 0);

-- ── Catalog full-text search ──────────────────────────────────────────────────────────
-- A trigger (not a generated column) keeps "searchVector", so the column stays a plain one in
-- Prisma's eyes and `migrate diff` shows no drift.
CREATE FUNCTION listing_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector('simple', coalesce(NEW."title", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(NEW."summary", '') || ' ' || coalesce(NEW."city", '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(NEW."description", '')), 'C');
  RETURN NEW;
END $$;

CREATE TRIGGER listing_search_vector
  BEFORE INSERT OR UPDATE OF "title", "summary", "description", "city" ON "Listing"
  FOR EACH ROW EXECUTE FUNCTION listing_search_vector();
