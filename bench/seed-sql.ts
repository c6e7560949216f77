// The set-based SQL that fills the bench database. Each statement builds or inserts thousands of
// rows at once (INSERT ... SELECT over generate_series); per-row Prisma calls would take hours.
// Planning happens in TEMP tables (this session only, gone on disconnect): every dimension gets a
// dense index so a booking finds its unit, session or staff member by `m % count`, and
// "slot = m / count" spaces a target's bookings apart, so they never overlap by construction.
// The database's constraints and triggers stay on and check the result.
// Ids come from pg_temp.bench_uuid() (see idFunction), time-ordered like the app's uuid(7) ids.

/** Time zones, currencies and cities vendors are spread over. */
export const ZONES = [
  { zone: 'Europe/London', currency: 'GBP', city: 'London', country: 'GB' },
  { zone: 'Europe/Berlin', currency: 'EUR', city: 'Berlin', country: 'DE' },
  { zone: 'America/New_York', currency: 'USD', city: 'New York', country: 'US' },
  { zone: 'America/Los_Angeles', currency: 'USD', city: 'Los Angeles', country: 'US' },
  { zone: 'Asia/Bangkok', currency: 'THB', city: 'Bangkok', country: 'TH' },
  { zone: 'Australia/Sydney', currency: 'AUD', city: 'Sydney', country: 'AU' },
] as const;

export const CATEGORIES = [
  { slug: 'bench-boats', name: 'Boats', kind: 'RENTAL', noun: 'Boat' },
  { slug: 'bench-cars', name: 'Cars', kind: 'RENTAL', noun: 'Car' },
  { slug: 'bench-bikes', name: 'Bikes', kind: 'RENTAL', noun: 'Bike' },
  { slug: 'bench-tours', name: 'Tours', kind: 'SESSION', noun: 'Tour' },
  { slug: 'bench-workshops', name: 'Workshops', kind: 'SESSION', noun: 'Workshop' },
  { slug: 'bench-wellness', name: 'Wellness', kind: 'APPOINTMENT', noun: 'Massage' },
  { slug: 'bench-coaching', name: 'Coaching', kind: 'APPOINTMENT', noun: 'Coaching' },
] as const;

/**
 * The id generator: uuidv7 where the server has it (PostgreSQL 18+), else gen_random_uuid.
 * Time-ordered ids keep primary-key inserts and the allocation trigger's booking lookups on hot
 * index pages.
 */
export const idFunction = (generator: 'uuidv7' | 'gen_random_uuid') => `
  CREATE FUNCTION pg_temp.bench_uuid() RETURNS uuid LANGUAGE sql VOLATILE AS $$ SELECT ${generator}() $$`;

// ── vendors and categories ────────────────────────────────────────────────────────────────

// $1 zones, $2 currencies, $3 cities, $4 countries, $5 vendor count
export const PLAN_VENDORS = `
  CREATE TEMP TABLE bench_vendor AS
  SELECT i, pg_temp.bench_uuid() AS id, z.zone, z.currency, z.city, z.country,
         (CASE WHEN random() < 0.01 THEN 'SUSPENDED' ELSE 'ACTIVE' END)::"VendorStatus" AS status
  FROM generate_series(0, $5::int - 1) AS i
  JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS z(zone, currency, city, country, ord)
    ON z.ord = i % cardinality($1::text[]) + 1`;

// $1 now
export const INSERT_VENDORS = `
  INSERT INTO "Vendor" ("id", "slug", "name", "contactEmail", "timeZone", "currency", "city", "country", "status", "suspendedAt", "updatedAt")
  SELECT id, 'bench-vendor-' || i, 'Bench Vendor ' || i, 'vendor' || i || '@bench.example', zone, currency, city, country, status,
         CASE WHEN status = 'SUSPENDED' THEN $1::timestamptz END, $1
  FROM bench_vendor`;

// $1 slugs, $2 names, $3 kinds, $4 nouns
export const PLAN_CATEGORIES = `
  CREATE TEMP TABLE bench_category AS
  SELECT pg_temp.bench_uuid() AS id, c.slug, c.name, c.kind::"ListingKind" AS kind, c.noun,
         (row_number() OVER (PARTITION BY c.kind ORDER BY c.ord) - 1)::int AS kind_idx,
         (count(*) OVER (PARTITION BY c.kind))::int AS kind_count
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS c(slug, name, kind, noun, ord)`;

export const INSERT_CATEGORIES = `
  INSERT INTO "Category" ("id", "slug", "name", "kind") SELECT id, slug, name, kind FROM bench_category`;

// ── listings ──────────────────────────────────────────────────────────────────────────────

// 60% rentals, 25% sessions, 15% appointments by i % 20. With 500 vendors (a multiple of 20)
// each vendor gets one kind, like a real rental shop, tour operator or salon. $1 listings
export const PLAN_LISTINGS = `
  CREATE TEMP TABLE bench_listing AS
  WITH base AS (
    SELECT i, (CASE WHEN i % 20 < 12 THEN 'RENTAL' WHEN i % 20 < 17 THEN 'SESSION' ELSE 'APPOINTMENT' END)::"ListingKind" AS kind,
           random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
    FROM generate_series(0, $1::int - 1) AS i
  )
  SELECT b.i, b.kind, pg_temp.bench_uuid() AS id, v.id AS vendor_id, v.zone, v.currency, v.city, v.country, c.id AS category_id, c.noun,
    CASE b.kind WHEN 'RENTAL' THEN 1 + floor(b.r1 * 5)::int ELSE 0 END AS unit_count,
    CASE b.kind WHEN 'APPOINTMENT' THEN 1 + floor(b.r1 * 3)::int ELSE 0 END AS staff_count,
    (CASE b.kind WHEN 'RENTAL' THEN CASE WHEN b.r2 < 0.4 THEN 'HOUR' ELSE 'DAY' END WHEN 'SESSION' THEN 'SEAT' ELSE 'FIXED' END)::"PricingUnit" AS pricing_unit,
    CASE b.kind WHEN 'RENTAL' THEN CASE WHEN b.r2 < 0.4 THEN 1000 ELSE 4000 END WHEN 'SESSION' THEN 2500 ELSE 3500 END
      + floor(b.r3 * 80)::int * 100 AS price,
    (CASE WHEN b.r4 < 0.8 THEN 'INSTANT' ELSE 'REQUEST' END)::"BookingMode" AS booking_mode,
    (CASE WHEN b.r3 < 0.5 THEN 'NONE' WHEN b.r3 < 0.8 THEN 'ONLINE_FULL' ELSE 'ONLINE_DEPOSIT' END)::"PaymentMode" AS payment_mode,
    (CASE WHEN b.r5 < 0.03 THEN 'DRAFT' WHEN b.r5 < 0.05 THEN 'UNPUBLISHED' ELSE 'PUBLISHED' END)::"ListingStatus" AS status,
    CASE b.kind WHEN 'RENTAL' THEN 0 ELSE 60 END AS lead_minutes,
    CASE b.kind WHEN 'APPOINTMENT' THEN (ARRAY[30, 45, 60, 90])[1 + floor(b.r5 * 4)::int] END AS duration,
    -- Appointments are placed in two-hour blocks (PLAN_BOOKINGS): duration + buffers fit in 120 minutes.
    CASE WHEN b.kind = 'APPOINTMENT' AND b.r6 < 0.3 THEN 15 ELSE 0 END AS buffer_before,
    CASE WHEN b.kind = 'APPOINTMENT' AND b.r6 > 0.6 THEN 15 ELSE 0 END AS buffer_after,
    b.i % 7 AS session_weekday,
    CASE WHEN b.r5 < 0.5 THEN 10 ELSE 14 END AS session_hour,
    2 + floor(b.r6 * 2)::int AS session_hours
  FROM base b
  JOIN bench_vendor v ON v.i = b.i % (SELECT count(*) FROM bench_vendor)
  JOIN bench_category c ON c.kind = b.kind AND c.kind_idx = (b.i / 20) % c.kind_count`;

// $1 now
export const INSERT_LISTINGS = `
  INSERT INTO "Listing" ("id", "vendorId", "categoryId", "kind", "slug", "title", "summary", "description", "status", "city", "country",
    "currency", "pricingUnit", "priceAmount", "depositType", "depositValue", "bookingMode", "paymentMode", "maxQuantityPerBooking",
    "leadTimeMinutes", "durationMinutes", "bufferBeforeMinutes", "bufferAfterMinutes", "publishedAt", "updatedAt")
  SELECT id, vendor_id, category_id, kind, 'bench-listing-' || i, noun || ' ' || i || ' in ' || city, 'A ' || lower(noun) || ' in ' || city,
    'Benchmark listing number ' || i || '.', status, city, country, currency, pricing_unit, price,
    (CASE WHEN payment_mode = 'ONLINE_DEPOSIT' THEN 'PERCENT' ELSE 'NONE' END)::"DepositType",
    CASE WHEN payment_mode = 'ONLINE_DEPOSIT' THEN 20 ELSE 0 END,
    booking_mode, payment_mode, CASE kind WHEN 'RENTAL' THEN unit_count WHEN 'SESSION' THEN 6 ELSE 1 END,
    lead_minutes, duration, buffer_before, buffer_after, CASE WHEN status = 'PUBLISHED' THEN $1::timestamptz END, $1
  FROM bench_listing`;

// ── inventory: units, sessions, staff ─────────────────────────────────────────────────────

export const PLAN_UNITS = `
  CREATE TEMP TABLE bench_unit AS
  SELECT (row_number() OVER (ORDER BY l.i, u.n) - 1)::int AS idx, pg_temp.bench_uuid() AS id, l.id AS listing_id, 'U-' || u.n AS code
  FROM bench_listing l CROSS JOIN LATERAL generate_series(1, l.unit_count) AS u(n)
  WHERE l.kind = 'RENTAL'`;

export const INSERT_UNITS = `INSERT INTO "RentalUnit" ("id", "listingId", "code") SELECT id, listing_id, code FROM bench_unit`;

// One session a week per listing, at a fixed local weekday and hour, from $2 days before now
// for $3 weeks. $1 now
export const PLAN_SESSIONS = `
  CREATE TEMP TABLE bench_session AS
  SELECT (row_number() OVER (ORDER BY l.i, w) - 1)::int AS idx, pg_temp.bench_uuid() AS id, l.id AS listing_id, t.start_at,
         t.start_at + make_interval(hours => l.session_hours) AS end_at, 8 + floor(random() * 13)::int AS capacity
  FROM bench_listing l
  CROSS JOIN generate_series(0, $3::int - 1) AS w
  CROSS JOIN LATERAL (
    SELECT ((($1::timestamptz AT TIME ZONE l.zone)::date - $2::int + w * 7 + l.session_weekday) + make_time(l.session_hour, 0, 0))
           AT TIME ZONE l.zone AS start_at
  ) t
  WHERE l.kind = 'SESSION'`;

export const INSERT_SESSIONS = `
  INSERT INTO "ListingSession" ("id", "listingId", "startAt", "endAt", "capacity")
  SELECT id, listing_id, start_at, end_at, capacity FROM bench_session`;

export const PLAN_STAFF = `
  CREATE TEMP TABLE bench_staff AS
  SELECT (row_number() OVER (ORDER BY l.i, s.n) - 1)::int AS idx, pg_temp.bench_uuid() AS id, l.id AS listing_id, l.vendor_id,
         'Staff ' || l.i || '-' || s.n AS name
  FROM bench_listing l CROSS JOIN LATERAL generate_series(1, l.staff_count) AS s(n)
  WHERE l.kind = 'APPOINTMENT'`;

export const INSERT_STAFF = `INSERT INTO "StaffMember" ("id", "vendorId", "name") SELECT id, vendor_id, name FROM bench_staff`;
export const INSERT_STAFF_SERVICES = `INSERT INTO "StaffService" ("staffId", "listingId") SELECT id, listing_id FROM bench_staff`;
// Monday to Friday, 09:00-17:00 in the vendor's zone.
export const INSERT_STAFF_RULES = `
  INSERT INTO "AvailabilityRule" ("id", "staffId", "weekday", "startMinute", "endMinute")
  SELECT pg_temp.bench_uuid(), s.id, d, 540, 1020 FROM bench_staff s CROSS JOIN generate_series(1, 5) AS d`;

// ── bookings ──────────────────────────────────────────────────────────────────────────────

/**
 * One row per booking, numbered n in creation order (the heap order a real table would have).
 * Parameters: $1 now, $2 window start (whole hour), $3 rental bookings, $4 units, $5 hours per
 * unit slot, $6 session bookings, $7 sessions, $8 bookings per session, $9 appointment bookings,
 * $10 staff, $11 two-hour blocks per staff slot.
 *
 * - Rental slot k of a unit is the window's k-th stretch of $5 hours (shifted by a per-unit phase,
 *   so units are not all busy at once); the booking starts in its first quarter and lasts at
 *   most 60% of it, so a unit's bookings never overlap.
 * - A session takes at most $8 bookings of at most capacity / $8 seats: never overbooked.
 * - Appointment slot k of a staff member is one of the two-hour blocks (Mon-Fri 09:00, 11:00,
 *   13:00, 15:00 local) of the k-th stretch of $11 blocks. Duration + buffers fit in a block
 *   (see PLAN_LISTINGS), so a staff member's appointments never overlap and end by 17:00.
 */
export const PLAN_BOOKINGS = `
  CREATE TEMP TABLE bench_plan AS
  WITH rental AS (
    SELECT 'RENTAL'::"ListingKind" AS kind, l.id AS listing_id, l.vendor_id, l.zone, l.currency, l.price,
           u.id AS unit_id, NULL::uuid AS session_id, NULL::uuid AS staff_id, 0 AS seats, 1 AS quantity,
           t.start_at, t.start_at + make_interval(hours => 1 + floor(g.r2 * 0.6 * $5::int)::int) AS end_at,
           0 AS buffer_before, 0 AS buffer_after, g.r3, g.r4
    FROM (SELECT m, random() AS r1, random() AS r2, random() AS r3, random() AS r4 FROM generate_series(0, $3::int - 1) AS m) g
    JOIN bench_unit u ON u.idx = g.m % $4::int
    JOIN bench_listing l ON l.id = u.listing_id
    CROSS JOIN LATERAL (
      SELECT $2::timestamptz + make_interval(hours => ((g.m % $4::int)::bigint * 7919 % $5::int)::int
                                                      + (g.m / $4::int) * $5::int + floor(g.r1 * 0.25 * $5::int)::int) AS start_at
    ) t
  ), session AS (
    SELECT 'SESSION'::"ListingKind", l.id, l.vendor_id, l.zone, l.currency, l.price,
           NULL::uuid, s.id, NULL::uuid, x.seats, x.seats, s.start_at, s.end_at, 0, 0, g.r3, g.r4
    FROM (SELECT m, random() AS r1, random() AS r3, random() AS r4 FROM generate_series(0, $6::int - 1) AS m) g
    JOIN bench_session s ON s.idx = g.m % $7::int
    JOIN bench_listing l ON l.id = s.listing_id
    CROSS JOIN LATERAL (SELECT 1 + floor(g.r1 * least(4, s.capacity / $8::int))::int AS seats) x
  ), appointment AS (
    SELECT 'APPOINTMENT'::"ListingKind", l.id, l.vendor_id, l.zone, l.currency, l.price,
           NULL::uuid, NULL::uuid, st.id, 0, 1, t.start_at, t.start_at + make_interval(mins => l.duration),
           l.buffer_before, l.buffer_after, g.r3, g.r4
    FROM (SELECT m, random() AS r1, random() AS r3, random() AS r4 FROM generate_series(0, $9::int - 1) AS m) g
    JOIN bench_staff st ON st.idx = g.m % $10::int
    JOIN bench_listing l ON l.id = st.listing_id
    CROSS JOIN LATERAL (SELECT (g.m / $10::int) * $11::int + floor(g.r1 * $11::int)::int AS block) b
    CROSS JOIN LATERAL (
      SELECT ((date_trunc('week', $2::timestamptz AT TIME ZONE l.zone)::date + (b.block / 20) * 7 + (b.block % 20) / 4)
              + make_time(9 + (b.block % 4) * 2, 0, 0)) AT TIME ZONE l.zone AS start_at
    ) t
  ), booked AS (
    SELECT * FROM rental UNION ALL SELECT * FROM session UNION ALL SELECT * FROM appointment
  ), with_status AS (
    -- Past: mostly completed; future: mostly confirmed, some unpaid or unanswered holds.
    SELECT booked.*, (CASE
      WHEN end_at <= $1::timestamptz THEN
        CASE WHEN r3 < 0.85 THEN 'COMPLETED' WHEN r3 < 0.95 THEN 'CANCELLED' WHEN r3 < 0.98 THEN 'EXPIRED' ELSE 'DECLINED' END
      ELSE CASE WHEN r3 < 0.82 THEN 'CONFIRMED' WHEN r3 < 0.92 THEN 'CANCELLED' WHEN r3 < 0.96 THEN 'REQUESTED' ELSE 'AWAITING_PAYMENT' END
    END)::"BookingStatus" AS status
    FROM booked
  ), dated AS (
    -- Holds were made an hour ago; half still run, half lapsed without the sweeper having run.
    SELECT with_status.*,
      CASE WHEN status IN ('REQUESTED', 'AWAITING_PAYMENT') THEN $1::timestamptz - interval '1 hour'
           ELSE least(start_at, $1::timestamptz) - make_interval(hours => 1 + floor(r4 * 60 * 24)::int) END AS created_at,
      CASE WHEN status IN ('REQUESTED', 'AWAITING_PAYMENT')
           THEN $1::timestamptz + CASE WHEN r4 < 0.5 THEN interval '20 minutes' ELSE interval '-30 minutes' END END AS hold_expires_at
    FROM with_status
  )
  SELECT (row_number() OVER (ORDER BY created_at) - 1)::int AS n, pg_temp.bench_uuid() AS booking_id, dated.* FROM dated`;

export const INDEX_PLAN = `CREATE INDEX ON bench_plan (n)`;

// References are 'BK-' + 8 hex digits of n: unique, valid, and never equal to the app's 6-character
// ones. priceSnapshot is '{}' and totals are price x quantity: the bench reads no quotes.
// $1, $2: the batch's n range [from, to)
export const INSERT_BOOKINGS = `
  INSERT INTO "Booking" ("id", "reference", "vendorId", "listingId", "kind", "status", "contactName", "contactEmail", "contactPhone",
    "startAt", "endAt", "quantity", "timeZone", "priceSnapshot", "currency", "totalAmount", "depositAmount", "holdExpiresAt",
    "cancelReason", "cancelledAt", "completedAt", "createdAt", "updatedAt")
  SELECT booking_id, 'BK-' || lpad(upper(to_hex(n)), 8, '0'), vendor_id, listing_id, kind, status,
    'Bench Guest ' || n, 'guest' || (n % 250000) || '@bench.example', '+44 7700 900' || lpad((n % 1000)::text, 3, '0'),
    start_at, end_at, quantity, zone,
    -- a snapshot the app can read back (emails, webhooks, the API serialise it when a hold lapses)
    jsonb_build_object('currency', currency, 'lineItems', jsonb_build_array(jsonb_build_object('code', 'BASE', 'label', 'Booking',
      'quantity', quantity, 'unitAmount', price, 'amount', price * quantity)), 'subtotal', price * quantity, 'feesTotal', 0,
      'discountTotal', 0, 'taxTotal', 0, 'total', price * quantity, 'depositDue', 0, 'balanceDue', price * quantity, 'timeZone', zone),
    currency, price * quantity, 0, hold_expires_at,
    CASE WHEN status = 'CANCELLED' THEN 'Plans changed' END,
    CASE WHEN status = 'CANCELLED' THEN created_at + interval '1 hour' END,
    CASE WHEN status = 'COMPLETED' THEN end_at END,
    created_at, created_at
  FROM bench_plan WHERE n >= $1 AND n < $2`;

// Staff allocations hold the service's buffers too. "blocking" is set by the trigger.
export const INSERT_ALLOCATIONS = `
  INSERT INTO "BookingAllocation" ("id", "bookingId", "unitId", "staffId", "sessionId", "seats", "startAt", "endAt")
  SELECT pg_temp.bench_uuid(), booking_id, unit_id, staff_id, session_id, seats,
    start_at - make_interval(mins => buffer_before), end_at + make_interval(mins => buffer_after)
  FROM bench_plan WHERE n >= $1 AND n < $2`;
