import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '@/lib/db/prisma';
import type { Actor } from '@/lib/domain/actor';
import type { BookingStatus } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';

// A small scenario language for booking tests: given a vendor with a listing, when someone books,
// expect the booking to be in a state. Reads like the product, keeps tests short.

const id = () => randomBytes(4).toString('hex');

/** A fixed "now" for deterministic tests: Monday 6 January 2031, 08:00 UTC (08:00 in London). */
export const NOW = new Date('2031-01-06T08:00:00Z');
export const at = (iso: string) => new Date(iso);
export const hoursAfter = (base: Date, hours: number) => new Date(base.getTime() + hours * 3_600_000);
export const minutesAfter = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

export const guestContact = { name: 'Gia Guest', email: 'gia@example.com', phone: '+44 7700 900000' };

type StaffSpec = { name: string; rules?: Array<{ weekday: number; startMinute: number; endMinute: number }> };
type ListingOverrides = Partial<Omit<Prisma.ListingUncheckedCreateInput, 'vendorId' | 'categoryId' | 'kind'>>;

export function givenVendor(db: Db, vendorOverrides: { timeZone?: string; currency?: string } = {}) {
  const ready = (async () => {
    const slug = `vendor-${id()}`;
    const owner = await db.user.create({ data: { email: `${slug}@example.com`, name: `Owner ${slug}` } });
    const vendor = await db.vendor.create({
      data: {
        slug,
        name: `Vendor ${slug}`,
        contactEmail: `${slug}@example.com`,
        timeZone: vendorOverrides.timeZone ?? 'Europe/London',
        currency: vendorOverrides.currency ?? 'GBP',
        members: { create: { userId: owner.id, role: 'OWNER' } },
      },
    });
    const category = await db.category.create({ data: { slug: `cat-${id()}`, name: 'Things', kind: 'RENTAL' } });
    const actor: Actor = { kind: 'member', userId: owner.id, vendorId: vendor.id, role: 'OWNER' };
    return { vendor, category, owner, actor };
  })();

  const listing = async (kind: 'RENTAL' | 'SESSION' | 'APPOINTMENT', overrides: ListingOverrides) => {
    const { vendor, category } = await ready;
    return db.listing.create({
      data: {
        vendorId: vendor.id,
        categoryId: category.id,
        kind,
        slug: `listing-${id()}`,
        title: `A ${kind.toLowerCase()}`,
        status: 'PUBLISHED',
        currency: vendor.currency,
        pricingUnit: kind === 'RENTAL' ? 'HOUR' : kind === 'SESSION' ? 'SEAT' : 'FIXED',
        priceAmount: 2000,
        maxQuantityPerBooking: 10,
        ...overrides,
      },
    });
  };

  return {
    ready,
    async withRental(options: { units?: number } & ListingOverrides = {}) {
      const { units = 1, ...overrides } = options;
      const row = await listing('RENTAL', overrides);
      await db.rentalUnit.createMany({ data: Array.from({ length: units }, (_, i) => ({ listingId: row.id, code: `U-${i + 1}` })) });
      return { listing: row, units: await db.rentalUnit.findMany({ where: { listingId: row.id }, orderBy: { code: 'asc' } }), ...(await ready) };
    },
    async withSession(options: { capacity?: number; startAt?: Date; hours?: number } & ListingOverrides = {}) {
      const { capacity = 10, startAt = hoursAfter(NOW, 48), hours = 2, ...overrides } = options;
      const row = await listing('SESSION', overrides);
      const session = await db.listingSession.create({ data: { listingId: row.id, startAt, endAt: hoursAfter(startAt, hours), capacity } });
      return { listing: row, session, ...(await ready) };
    },
    /** A service with staff working 09:00–17:00 on weekdays (vendor's zone) unless rules are given. */
    async withAppointment(options: { staff?: StaffSpec[] } & ListingOverrides = {}) {
      const { staff = [{ name: 'Alex' }] as StaffSpec[], ...overrides } = options;
      const row = await listing('APPOINTMENT', { durationMinutes: 60, slotIntervalMinutes: 30, ...overrides });
      const { vendor } = await ready;
      const members = [];
      for (const person of staff) {
        const rules = person.rules ?? [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 }));
        members.push(
          await db.staffMember.create({
            data: { vendorId: vendor.id, name: person.name, rules: { create: rules }, services: { create: { listingId: row.id } } },
          }),
        );
      }
      return { listing: row, staff: members, ...(await ready) };
    },
  };
}

export async function aCustomer(db: Db): Promise<{ actor: Actor; userId: string }> {
  const user = await db.user.create({ data: { email: `customer-${id()}@example.com`, name: 'Cora Customer', phone: '+44 7700 900111' } });
  return { actor: { kind: 'customer', userId: user.id }, userId: user.id };
}

export const operator = async (db: Db): Promise<Actor> => {
  const user = await db.user.create({ data: { email: `operator-${id()}@example.com`, name: 'Opal Operator', role: 'OPERATOR' } });
  return { kind: 'operator', userId: user.id };
};

export async function expectBooking(db: Db, bookingId: string) {
  const booking = await db.booking.findUniqueOrThrow({
    where: { id: bookingId },
    include: { events: { orderBy: { createdAt: 'asc' } }, allocations: true },
  });
  return {
    booking,
    toBe(status: BookingStatus) {
      expect(booking.status).toBe(status);
      return this;
    },
    toHaveEvents(...statuses: Array<BookingStatus>) {
      expect(booking.events.map((e) => e.toStatus)).toEqual(statuses);
      return this;
    },
    async toHaveOutboxTopics(...topics: string[]) {
      const messages = await db.outboxMessage.findMany({ where: { bookingId }, orderBy: { createdAt: 'asc' } });
      expect(messages.map((m) => m.topic)).toEqual(topics);
      return this;
    },
  };
}
