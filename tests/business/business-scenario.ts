import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/prisma';
import type { ListingKind, VendorRole } from '@/lib/generated/prisma/enums';
import type { MemberActor, PersonMemberActor } from '@/lib/domain/actor';
import { createListing } from '@/lib/business/listings';
import { createListingSchema, type ListingFormValues } from '@/lib/business/listing-schemas';
import { aCategory, aVendor } from '../support/fixtures';

const suffix = () => randomBytes(3).toString('hex');

/** A business with an owner and a staff member, each as the actor the dashboard would build. */
export async function givenBusiness(db: Db, options: { timeZone?: string; currency?: string } = {}) {
  const vendor = await aVendor(db, options);
  const member = async (role: VendorRole): Promise<PersonMemberActor> => {
    const user = await db.user.create({ data: { email: `${role.toLowerCase()}-${suffix()}@example.com`, name: role } });
    await db.vendorMember.create({ data: { vendorId: vendor.id, userId: user.id, role } });
    return { kind: 'member', userId: user.id, vendorId: vendor.id, role };
  };
  return { vendor, owner: await member('OWNER'), staff: await member('STAFF') };
}

/** The form's values for a listing of this kind, as a vendor would fill them in. */
export async function listingForm(db: Db, kind: ListingKind, overrides: Partial<ListingFormValues> = {}) {
  const category = await aCategory(db, kind);
  return createListingSchema.parse({
    kind,
    categoryId: category.id,
    title: `A ${kind.toLowerCase()} listing`,
    slug: `listing-${suffix()}`,
    pricingUnit: kind === 'RENTAL' ? 'DAY' : kind === 'SESSION' ? 'SEAT' : 'FIXED',
    price: '45.50',
    bookingMode: 'INSTANT',
    paymentMode: 'NONE',
    durationMinutes: kind === 'APPOINTMENT' ? '60' : '',
    ...overrides,
  });
}

export async function givenListing(db: Db, actor: MemberActor, kind: ListingKind, overrides: Partial<ListingFormValues> = {}) {
  return createListing(db, actor, await listingForm(db, kind, overrides));
}
