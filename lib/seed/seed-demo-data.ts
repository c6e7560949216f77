import 'server-only';
import { DateTime } from 'luxon';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/prisma';
import { lengthDiscountsSchema } from '@/lib/domain/discounts';
import { quoteBooking } from '@/lib/domain/quote';
import type { BookingStatus, PlatformRole } from '@/lib/generated/prisma/enums';
import { DEMO_PASSWORD, demoCategories, demoVendors, type DemoListing, type DemoVendor } from './demo-catalog';
import { listingTimeZone } from '@/lib/domain/listing-rules';

// Idempotent: every row is found by its natural key (email, slug, code, start time, reference)
// and created only when missing, so running the seed again changes nothing.

export type SeedSummary = { accounts: Array<{ role: string; email: string; password: string }> };

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

export async function seedDemoData(db: Db, now = new Date()): Promise<SeedSummary> {
  const accounts: SeedSummary['accounts'] = [];
  const ensureUser = async (email: string, name: string, role: PlatformRole = 'CUSTOMER', phone?: string) => {
    const existing = await db.user.findUnique({ where: { email } });
    if (existing) return existing;
    return db.user.create({ data: { email, name, role, phone, passwordHash: await hashPassword(DEMO_PASSWORD), emailVerifiedAt: new Date() } }); // demo addresses count as verified
  };

  const operator = await ensureUser('operator@example.com', 'Olu Operator', 'OPERATOR');
  const customer = await ensureUser('customer@example.com', 'Dana Customer', 'CUSTOMER', '+44 7700 900123');
  accounts.push({ role: 'operator', email: operator.email, password: DEMO_PASSWORD });
  accounts.push({ role: 'customer', email: customer.email, password: DEMO_PASSWORD });

  const categories = new Map<string, string>();
  for (const [index, category] of demoCategories.entries()) {
    const row = await db.category.upsert({
      where: { slug: category.slug },
      update: {},
      create: { ...category, sortOrder: index },
    });
    categories.set(category.slug, row.id);
  }

  for (const vendor of demoVendors) {
    const owner = await ensureUser(vendor.owner.email, vendor.owner.name);
    accounts.push({ role: `vendor owner, ${vendor.name}`, email: owner.email, password: DEMO_PASSWORD });
    const vendorRow = await ensureVendor(db, vendor, owner.id);
    const staffIds = await ensureStaff(db, vendor, vendorRow.id);
    for (const listing of vendor.listings) {
      await ensureListing(db, vendor, vendorRow.id, categories.get(listing.category)!, listing, staffIds, now);
    }
  }

  // A STAFF member of the first business, to try what staff may and may not do in the dashboard.
  const staffVendor = await db.vendor.findUniqueOrThrow({ where: { slug: demoVendors[0]!.slug } });
  const staffUser = await ensureUser('staff@example.com', 'Sol Staff');
  await db.vendorMember.upsert({
    where: { vendorId_userId: { vendorId: staffVendor.id, userId: staffUser.id } },
    update: {},
    create: { vendorId: staffVendor.id, userId: staffUser.id, role: 'STAFF' },
  });
  accounts.push({ role: `vendor staff, ${staffVendor.name}`, email: staffUser.email, password: DEMO_PASSWORD });

  await ensurePromoCodes(db, now);
  await ensureDemoBookings(db, customer.id, now);
  return { accounts };
}

async function ensureVendor(db: Db, vendor: DemoVendor, ownerId: string) {
  const existing = await db.vendor.findUnique({ where: { slug: vendor.slug } });
  if (existing) return existing;
  const { slug, name, description, contactEmail, contactPhone, timeZone, currency, address, city, country, verifyGuests = false } = vendor;
  return db.vendor.create({
    data: {
      slug,
      name,
      description,
      contactEmail,
      contactPhone,
      timeZone,
      currency,
      address,
      city,
      country,
      verifyGuests,
      manualPaymentInstructions: vendor.manualPayment?.instructions,
      manualPaymentReferenceFormat: vendor.manualPayment?.referenceFormat,
      members: { create: { userId: ownerId, role: 'OWNER' } },
    },
  });
}

async function ensureStaff(db: Db, vendor: DemoVendor, vendorId: string) {
  const ids = new Map<string, string>();
  for (const person of vendor.staff ?? []) {
    let staff = await db.staffMember.findFirst({ where: { vendorId, name: person.name } });
    if (!staff) {
      const user = person.email ? await db.user.findUnique({ where: { email: person.email } }) : null;
      staff = await db.staffMember.create({
        data: {
          vendorId,
          name: person.name,
          email: person.email,
          bio: person.bio,
          userId: user?.id,
          rules: {
            create: person.hours.flatMap((block) =>
              block.weekdays.map((weekday) => ({ weekday, startMinute: toMinutes(block.from), endMinute: toMinutes(block.to) })),
            ),
          },
        },
      });
    }
    ids.set(person.name, staff.id);
  }
  return ids;
}

async function ensureListing(
  db: Db,
  vendor: DemoVendor,
  vendorId: string,
  categoryId: string,
  listing: DemoListing,
  staffIds: Map<string, string>,
  now: Date,
) {
  let row = await db.listing.findUnique({ where: { vendorId_slug: { vendorId, slug: listing.slug } } });
  if (!row) {
    row = await db.listing.create({
      data: {
        vendorId,
        categoryId,
        kind: listing.kind,
        slug: listing.slug,
        title: listing.title,
        summary: listing.summary,
        description: listing.description,
        status: 'PUBLISHED',
        publishedAt: now,
        address: vendor.address,
        city: vendor.city,
        country: vendor.country,
        latitude: vendor.latitude,
        longitude: vendor.longitude,
        attributes: listing.attributes ?? {},
        currency: vendor.currency,
        pricingUnit: listing.pricingUnit,
        priceAmount: listing.priceAmount,
        fees: listing.fees ?? [],
        lengthDiscounts: listing.lengthDiscounts ?? [],
        taxRateBps: listing.taxRateBps ?? 0,
        depositType: listing.depositType ?? 'NONE',
        depositValue: listing.depositValue ?? 0,
        bookingMode: listing.bookingMode ?? 'INSTANT',
        paymentMode: listing.paymentMode ?? 'NONE',
        minDurationMinutes: listing.minDurationMinutes,
        maxDurationMinutes: listing.maxDurationMinutes,
        leadTimeMinutes: listing.leadTimeMinutes ?? 0,
        maxQuantityPerBooking: listing.maxQuantityPerBooking ?? 1,
        openingHours: listing.openingHours,
        durationMinutes: listing.service?.durationMinutes,
        bufferBeforeMinutes: listing.service?.bufferBeforeMinutes ?? 0,
        bufferAfterMinutes: listing.service?.bufferAfterMinutes ?? 0,
        slotIntervalMinutes: listing.service?.slotIntervalMinutes ?? 30,
        images: { create: [{ url: `/images/demo/${listing.image}.svg`, alt: listing.imageAlt, position: 0, width: 1200, height: 800 }] },
        units: listing.units ? { create: listing.units.map((code) => ({ code })) } : undefined,
        staff: listing.service
          ? { create: listing.service.staff.map((name) => ({ staffId: staffIds.get(name)! })) }
          : undefined,
      },
    });
  }

  if (listing.schedule) {
    const { time, durationMinutes, weekdays, capacity, weeks, host } = listing.schedule;
    const hostStaffId = host ? (staffIds.get(host) ?? null) : null;
    const today = DateTime.fromJSDate(now, { zone: vendor.timeZone }).startOf('day');
    const sessions = [];
    for (let day = 1; day <= weeks * 7; day += 1) {
      const date = today.plus({ days: day });
      if (!weekdays.includes(date.weekday)) continue;
      const start = date.set({ hour: Math.floor(toMinutes(time) / 60), minute: toMinutes(time) % 60 });
      sessions.push({ listingId: row.id, capacity, hostStaffId, startAt: start.toJSDate(), endAt: start.plus({ minutes: durationMinutes }).toJSDate() });
    }
    await db.listingSession.createMany({ data: sessions, skipDuplicates: true });
  }
  return row;
}

// ── promo codes ─────────────────────────────────────────────────────────────────────────

/** Harbour Works' welcome code: 10% off, 100 uses, for half a year from the first seed. */
async function ensurePromoCodes(db: Db, now: Date) {
  const vendor = await db.vendor.findUnique({ where: { slug: 'harbour-works' }, select: { id: true } });
  if (!vendor) return;
  await db.promoCode.upsert({
    where: { vendorId_code: { vendorId: vendor.id, code: 'HARBOUR10' } },
    update: {},
    create: { vendorId: vendor.id, code: 'HARBOUR10', percentOff: 10, maxUses: 100, validUntil: new Date(now.getTime() + 183 * 86_400_000) },
  });
}

// ── demo bookings, one per interesting state ────────────────────────────────────────────

type DemoBooking = {
  reference: string;
  listing: string;
  status: BookingStatus;
  customer: boolean;
  // Local day offset from today and local times in the listing's zone.
  day: number;
  from: string;
  toDay?: number;
  to: string;
  quantity?: number;
  unit?: string;
  staff?: string;
  paid?: boolean;
  review?: { rating: number; comment: string };
  /** Instead of toDay/to: this many calendar months from the start (a monthly desk). */
  months?: number;
  /** Daily check-ins, as day offsets from today (multi-day desks). */
  checkIns?: number[];
  /** A promo code of the business applied to it. */
  promoCode?: string;
};

const demoBookings: DemoBooking[] = [
  { reference: 'BK-DEMO01', listing: 'stand-up-paddleboard', status: 'CONFIRMED', customer: true, day: 3, from: '10:00', to: '12:00', unit: 'SUP-1', paid: true },
  { reference: 'BK-DEMO02', listing: 'double-kayak', status: 'COMPLETED', customer: true, day: -10, from: '00:00', toDay: -9, to: '00:00', unit: 'KAYAK-1', review: { rating: 5, comment: 'Calm water, friendly team, great kayak.' } },
  { reference: 'BK-DEMO03', listing: 'motorboat-sea-ray-19', status: 'REQUESTED', customer: true, day: 7, from: '10:00', to: '14:00', unit: 'BOAT-1' },
  { reference: 'BK-DEMO04', listing: 'haircut-and-style', status: 'AWAITING_PAYMENT', customer: true, day: 5, from: '10:00', to: '10:45', staff: 'Amara' },
  { reference: 'BK-DEMO05', listing: 'sunset-kayak-tour', status: 'CONFIRMED', customer: true, day: 2, from: '18:30', to: '20:30', quantity: 2, paid: true },
  { reference: 'BK-DEMO06', listing: 'honda-pcx-160', status: 'CANCELLED', customer: true, day: 4, from: '00:00', toDay: 6, to: '00:00', unit: 'PCX-01' },
  { reference: 'BK-DEMO07', listing: 'hot-desk', status: 'CONFIRMED', customer: false, day: 1, from: '00:00', toDay: 2, to: '00:00', unit: 'DESK-01' },
  { reference: 'BK-DEMO08', listing: 'one-on-one-coaching', status: 'CONFIRMED', customer: true, day: 9, from: '09:00', to: '10:00', staff: 'Maya Chen', paid: true },
  { reference: 'BK-DESK01', listing: 'dedicated-desk', status: 'CONFIRMED', customer: true, day: -9, from: '00:00', to: '00:00', months: 1, unit: 'DD-01', checkIns: [-9, -8, -7, -6, -3, -2, -1, 0], promoCode: 'HARBOUR10' },
  { reference: 'BK-DEMO09', listing: 'toyota-yaris', status: 'CHECKED_IN', customer: false, day: -1, from: '09:00', toDay: 2, to: '09:00', unit: 'กข 1234', paid: true },
  // A car picked up today: the deposit was paid online, the balance is due at the desk.
  { reference: 'BK-DEMO10', listing: 'toyota-fortuner', status: 'CONFIRMED', customer: false, day: 0, from: '09:00', toDay: 3, to: '09:00', unit: 'ขค 2468', paid: true },
];

async function ensureDemoBookings(db: Db, customerId: string, now: Date) {
  const existing = new Set((await db.booking.findMany({ where: { reference: { in: demoBookings.map((b) => b.reference) } }, select: { reference: true } })).map((b) => b.reference));
  const customer = await db.user.findUniqueOrThrow({ where: { id: customerId } });

  for (const demo of demoBookings) {
    if (existing.has(demo.reference)) continue;
    const listing = await db.listing.findFirstOrThrow({
      where: { slug: demo.listing },
      include: { vendor: true, units: true },
    });
    const zone = listingTimeZone(listing);
    const today = DateTime.fromJSDate(now, { zone }).startOf('day');
    const at = (day: number, hhmm: string) => today.plus({ days: day }).plus({ minutes: toMinutes(hhmm) }).toJSDate();
    const startAt = at(demo.day, demo.from);
    const endAt = demo.months ? DateTime.fromJSDate(startAt, { zone }).plus({ months: demo.months }).toJSDate() : at(demo.toDay ?? demo.day, demo.to);
    const quantity = demo.quantity ?? 1;

    const session = listing.kind === 'SESSION' ? await db.listingSession.findFirst({ where: { listingId: listing.id, startAt } }) : null;
    const staff = demo.staff ? await db.staffMember.findFirstOrThrow({ where: { vendorId: listing.vendorId, name: demo.staff } }) : null;
    const unit = demo.unit ? listing.units.find((u) => u.code === demo.unit) : undefined;
    if (listing.kind === 'SESSION' && !session) continue; // the schedule has no session that day

    const promo = demo.promoCode ? await db.promoCode.findUnique({ where: { vendorId_code: { vendorId: listing.vendorId, code: demo.promoCode } } }) : null;
    const quote = quoteBooking({
      kind: listing.kind,
      pricingUnit: listing.pricingUnit,
      unitPrice: session?.priceAmount ?? listing.priceAmount,
      currency: listing.currency,
      timeZone: zone,
      startAt,
      endAt,
      quantity,
      fees: listing.fees as never,
      taxRateBps: listing.taxRateBps,
      depositType: listing.depositType,
      depositValue: listing.depositValue,
      paymentMode: listing.paymentMode,
      lengthDiscounts: lengthDiscountsSchema.catch([]).parse(listing.lengthDiscounts),
      promo: promo ? { code: promo.code, percentOff: promo.percentOff, amountOff: promo.amountOff } : null,
    });
    const paidAmount = demo.paid ? quote.depositDue : 0;
    const holdExpiresAt =
      demo.status === 'REQUESTED' ? new Date(now.getTime() + listing.requestExpiryHours * 3_600_000)
      : demo.status === 'AWAITING_PAYMENT' ? new Date(now.getTime() + 24 * 3_600_000)
      : null;
    const allocationRange = staff
      ? { startAt: new Date(startAt.getTime() - listing.bufferBeforeMinutes * 60_000), endAt: new Date(endAt.getTime() + listing.bufferAfterMinutes * 60_000) }
      : { startAt, endAt };

    await db.$transaction(async (tx) => {
      const booking = await tx.booking.create({
        data: {
          reference: demo.reference,
          vendorId: listing.vendorId,
          listingId: listing.id,
          customerId: demo.customer ? customerId : null,
          kind: listing.kind,
          // Created in its first state; later states are reached through events below.
          status: demo.status,
          contactName: demo.customer ? customer.name : 'Sam Guest',
          contactEmail: demo.customer ? customer.email : 'sam.guest@example.com',
          contactPhone: demo.customer ? customer.phone : '+61 400 000 000',
          startAt,
          endAt,
          quantity,
          timeZone: zone,
          priceSnapshot: quote,
          currency: listing.currency,
          totalAmount: quote.total,
          depositAmount: quote.depositDue,
          paidAmount,
          holdExpiresAt,
          promoCodeId: promo?.id ?? null,
          dayCheckIns: demo.checkIns
            ? { create: demo.checkIns.map((day) => ({ day: new Date(`${today.plus({ days: day }).toISODate()}T00:00:00Z`), checkedInAt: at(day, '09:00') })) }
            : undefined,
          cancelledAt: demo.status === 'CANCELLED' ? now : null,
          cancelReason: demo.status === 'CANCELLED' ? 'Plans changed' : null,
          checkedInAt: demo.status === 'CHECKED_IN' ? startAt : null,
          completedAt: demo.status === 'COMPLETED' ? endAt : null,
          allocations: {
            create: unit
              ? [{ unitId: unit.id, ...allocationRange }]
              : staff
                ? [{ staffId: staff.id, ...allocationRange }]
                : [{ sessionId: session!.id, seats: quantity, startAt, endAt }],
          },
          events: {
            create: [
              { fromStatus: null, toStatus: demo.status, actorType: demo.customer ? 'CUSTOMER' : 'GUEST', actorId: demo.customer ? customerId : null, reason: 'Demo data' },
            ],
          },
        },
      });
      if (paidAmount > 0) {
        await tx.payment.create({
          data: { bookingId: booking.id, provider: 'TEST', kind: 'CHARGE', status: 'SUCCEEDED', amount: paidAmount, currency: listing.currency, providerRef: `demo_${demo.reference}` },
        });
      }
      if (demo.review) {
        await tx.review.create({ data: { bookingId: booking.id, listingId: listing.id, authorId: customerId, ...demo.review } });
        const stats = await tx.review.aggregate({ where: { listingId: listing.id }, _avg: { rating: true }, _count: true });
        await tx.listing.update({ where: { id: listing.id }, data: { ratingAvg: stats._avg.rating ?? 0, ratingCount: stats._count } });
        const vendorStats = await tx.review.aggregate({ where: { listing: { vendorId: listing.vendorId } }, _avg: { rating: true }, _count: true });
        await tx.vendor.update({ where: { id: listing.vendorId }, data: { ratingAvg: vendorStats._avg.rating ?? 0, ratingCount: vendorStats._count } });
      }
    });
  }
}
