import 'server-only';
// The business profile: what the storefront shows about the business, and its defaults (time zone,
// currency). Every member can read it; only owners change it ("staff cannot change billing").
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { ValidationFailed } from '@/lib/errors';
import { requireOwner } from './ownership';
import type { MemberActor } from '@/lib/domain/actor';
import type { ProfileInput } from './profile-schema';
import { afterCatalogWrite } from '@/lib/catalog/cache-tags';

export const SLUG_TAKEN = 'This address is taken';

const slugTaken = () => new ValidationFailed(`${SLUG_TAKEN}. Try another one.`, { slug: [SLUG_TAKEN] });

const profileSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  logoUrl: true,
  contactEmail: true,
  contactPhone: true,
  timeZone: true,
  currency: true,
  address: true,
  city: true,
  country: true,
  payWindowHours: true,
  status: true,
  ratingAvg: true,
  ratingCount: true,
} as const;

/** Listings that still sell in the business's currency; archived ones keep theirs and sell no more. */
const liveListings = (vendorId: string) => ({ vendorId, status: { not: 'ARCHIVED' as const } });

/** The actor's own business profile, and whether its currency may still change. */
export async function vendorProfile(db: Db, actor: MemberActor) {
  const [vendor, listingCount] = await Promise.all([
    db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: profileSelect }),
    db.listing.count({ where: liveListings(actor.vendorId) }),
  ]);
  return { vendor, canChangeCurrency: listingCount === 0, canEdit: actor.role === 'OWNER' };
}

export type VendorProfile = Awaited<ReturnType<typeof vendorProfile>>['vendor'];

/**
 * Saves the profile of the actor's business (owners only). Each listing carries its own currency
 * and prices in it, so the business currency can change only while it has no listings other than
 * archived ones: nothing is ever converted. The unique index on the slug is the last word on
 * "taken"; a lost race becomes the same field error.
 */
export async function updateProfile(db: Db, actor: MemberActor, input: ProfileInput) {
  requireOwner(actor, 'edit the business profile');
  try {
    return await afterCatalogWrite(db.$transaction(async (tx) => {
      // Lock the business so a listing created meanwhile is counted before the currency changes.
      await tx.$queryRaw`SELECT 1 FROM "Vendor" WHERE "id" = ${actor.vendorId}::uuid FOR UPDATE`;
      const current = await tx.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { currency: true } });
      if (input.currency !== current.currency && (await tx.listing.count({ where: liveListings(actor.vendorId) })) > 0) {
        throw new ValidationFailed('The currency cannot change while the business has listings.', {
          currency: [`Your listings are priced in ${current.currency}. Archive them first to change the currency.`],
        });
      }
      if (await tx.vendor.findFirst({ where: { slug: input.slug, id: { not: actor.vendorId } }, select: { id: true } })) throw slugTaken();
      return tx.vendor.update({
        where: { id: actor.vendorId },
        data: {
          name: input.name,
          slug: input.slug,
          description: input.description,
          contactEmail: input.contactEmail,
          contactPhone: input.contactPhone ?? null,
          timeZone: input.timeZone,
          currency: input.currency,
          address: input.address ?? null,
          city: input.city ?? null,
          country: input.country ?? null,
          payWindowHours: input.payWindowHours,
        },
        select: profileSelect,
      });
    }));
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTaken();
    throw error;
  }
}
