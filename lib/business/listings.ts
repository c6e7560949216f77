import 'server-only';
import { emitListingUpdated } from '@/lib/webhooks/record-event';
// Listing use cases for vendor members: create, edit, publish/unpublish, archive.
import type { Db, DbOrTx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { PolicyViolation, ValidationFailed } from '@/lib/errors';
import { ownListing, requireOwner } from './ownership';
import type { MemberActor } from '@/lib/domain/actor';
import { listingColumns } from './listing-data';
import { applyTemplate, type AttributeValue } from '@/lib/catalog/category-attributes';
import { categoryTemplate } from '@/lib/catalog/category-choices';
import type { CreateListingInput, ListingStatusInput, UpdateListingInput } from './listing-schemas';
import { expireCatalog } from '@/lib/catalog/cache-tags';

const slugTaken = () =>
  new ValidationFailed('You already have a listing at this address.', { slug: ['You already have a listing at this address'] });

/**
 * The category must exist and be active (a listing already in a retired one may keep it), and the
 * attributes must fit its template: they come back typed (numbers, yes/no, one of the choices).
 */
async function checkCategory(db: Db, categoryId: string, attributes: Record<string, AttributeValue>, currentCategoryId?: string) {
  const category = await categoryTemplate(db, categoryId);
  if (!category) throw new ValidationFailed('Choose a category.', { categoryId: ['Choose a category'] });
  if (category.retired && categoryId !== currentCategoryId) throw new ValidationFailed('This category is retired. Choose another one.', { categoryId: ['This category is retired'] });
  const typed = applyTemplate(category.attributes, attributes);
  if (typed.problems.length) throw new ValidationFailed(typed.problems.join(' '), { attributes: typed.problems });
  return typed.attributes;
}

async function saveOrExplain<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(); // the only unique column a listing form edits
    throw error;
  }
}

/**
 * Staff working hours are kept in the business's zone and are shared by all its services, so an
 * appointment cannot run on a zone of its own (its slots would shift against the staff's hours).
 */
function checkZoneFits(kind: string, timeZone: string) {
  if (kind === 'APPOINTMENT' && timeZone) {
    throw new ValidationFailed("Appointments follow the business's time zone.", { timeZone: ["Appointments follow the business's time zone, like staff working hours"] });
  }
}

export async function createListing(db: Db, actor: MemberActor, input: CreateListingInput) {
  const vendor = await db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { currency: true } });
  checkZoneFits(input.kind, input.timeZone);
  const { categoryId, ...columns } = listingColumns(input, vendor.currency);
  columns.attributes = await checkCategory(db, categoryId, columns.attributes);
  return saveOrExplain(() =>
    db.listing.create({
      data: { ...columns, kind: input.kind, status: 'DRAFT', vendor: { connect: { id: actor.vendorId } }, category: { connect: { id: categoryId } } },
    }),
  );
}

/** Edits a listing; its kind never changes (units, sessions and bookings depend on it). */
export async function updateListing(db: Db, actor: MemberActor, input: UpdateListingInput) {
  const listing = await ownListing(db, actor, input.listingId);
  if (listing.status === 'ARCHIVED') throw new PolicyViolation('An archived listing cannot be edited.');
  checkZoneFits(listing.kind, input.timeZone);
  const columns = listingColumns(input, listing.currency);
  columns.attributes = await checkCategory(db, input.categoryId, columns.attributes, listing.categoryId);
  const saved = await db.$transaction(async (tx) => {
    const updated = await saveOrExplain(() => tx.listing.update({ where: { id: listing.id }, data: columns }));
    if (updated.status === 'PUBLISHED') await assertBookable(tx, updated); // a live listing must stay bookable
    await emitListingUpdated(tx, updated.id);
    return updated;
  });
  expireCatalog();
  return saved;
}

type Publishable = { id: string; kind: string; priceAmount: number; durationMinutes: number | null };

/** What booking needs before customers can see the listing; throws with every missing piece. */
export async function assertBookable(tx: DbOrTx, listing: Publishable) {
  const missing: string[] = [];
  if (listing.priceAmount <= 0) missing.push('a price above zero');
  if (listing.kind === 'RENTAL' && (await tx.rentalUnit.count({ where: { listingId: listing.id, active: true } })) === 0) {
    missing.push('at least one active unit');
  }
  if (listing.kind === 'APPOINTMENT') {
    if (!listing.durationMinutes) missing.push('a service duration');
    if ((await tx.staffService.count({ where: { listingId: listing.id, staff: { active: true } } })) === 0) missing.push('at least one staff member who gives it');
  }
  if (missing.length > 0) throw new PolicyViolation(`To publish this listing, add ${missing.join(' and ')}.`);
}

/** Publish, unpublish or archive. Archiving is owner-only and final; bookings are kept either way. */
export async function setListingStatus(db: Db, actor: MemberActor, input: ListingStatusInput) {
  if (input.status === 'ARCHIVED') requireOwner(actor, 'archive listings');
  const saved = await db.$transaction(async (tx) => {
    // Lock the listing so a concurrent edit or unit change cannot slip past the publish check.
    await tx.$queryRaw`SELECT 1 FROM "Listing" WHERE "id" = ${input.listingId}::uuid AND "vendorId" = ${actor.vendorId}::uuid FOR UPDATE`;
    const listing = await ownListing(tx, actor, input.listingId);
    if (listing.status === 'ARCHIVED') throw new PolicyViolation('This listing is archived and cannot be changed.');
    if (listing.status === input.status) return listing;
    if (input.status === 'PUBLISHED') await assertBookable(tx, listing);
    const updated = await tx.listing.update({
      where: { id: listing.id },
      data: { status: input.status, publishedAt: input.status === 'PUBLISHED' ? (listing.publishedAt ?? new Date()) : undefined },
    });
    await emitListingUpdated(tx, updated.id);
    return updated;
  });
  expireCatalog();
  return saved;
}
