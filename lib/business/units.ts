import 'server-only';
// Rental units (a boat, a plate, a desk) of a RENTAL listing.
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { NotFound, PolicyViolation, ValidationFailed } from '@/lib/errors';
import { ownListing } from './ownership';
import { lockUnits } from '@/lib/booking/inventory';
import type { MemberActor } from '@/lib/domain/actor';
import type { AddUnitInput, UpdateUnitInput } from './inventory-schemas';

const codeTaken = () =>
  new ValidationFailed('This listing already has a unit with that code.', { code: ['This code is already used on this listing'] });

async function saveOrExplain<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

export async function addUnit(db: Db, actor: MemberActor, input: AddUnitInput) {
  const listing = await ownListing(db, actor, input.listingId);
  if (listing.kind !== 'RENTAL') throw new PolicyViolation('Only rental listings have units.');
  if (listing.status === 'ARCHIVED') throw new PolicyViolation('An archived listing cannot be changed.');
  return saveOrExplain(() => db.rentalUnit.create({ data: { listingId: listing.id, code: input.code, name: input.name ?? null, active: input.active } }));
}

/** Edits a unit. Deactivating keeps its bookings; it just stops taking new ones. */
export async function updateUnit(db: Db, actor: MemberActor, input: UpdateUnitInput) {
  const unit = await db.rentalUnit.findFirst({ where: { id: input.unitId, listing: { vendorId: actor.vendorId } }, include: { listing: true } });
  if (!unit) throw new NotFound('Unit not found.');
  if (unit.listing.status === 'ARCHIVED') throw new PolicyViolation('An archived listing cannot be changed.');
  return db.$transaction(async (tx) => {
    // The listing's units, locked in code order: two units deactivated at once then count each
    // other's change, so a published listing never ends up with none active; a booking picking a
    // unit waits for the change and skips an inactive one.
    await lockUnits(tx, unit.listingId);
    const updated = await saveOrExplain(() => tx.rentalUnit.update({ where: { id: unit.id }, data: { code: input.code, name: input.name ?? null, active: input.active } }));
    if (!input.active && unit.listing.status === 'PUBLISHED' && (await tx.rentalUnit.count({ where: { listingId: unit.listingId, active: true } })) === 0) {
      throw new PolicyViolation('This is the last active unit of a published listing. Unpublish the listing first.');
    }
    return updated;
  });
}

/**
 * Deletes a unit that has never been booked (a typo, a boat sold before its first rental). A unit
 * with bookings, past or future, is deactivated instead so its history stays. The listing's units
 * are locked in the same order as a booking locks them, so a booking being made for this unit
 * either finishes first (and the delete is refused) or waits and finds the unit gone.
 */
export async function removeUnit(db: Db, actor: MemberActor, input: { unitId: string }) {
  return db.$transaction(async (tx) => {
    const unit = await tx.rentalUnit.findFirst({ where: { id: input.unitId, listing: { vendorId: actor.vendorId } }, include: { listing: true } });
    if (!unit) throw new NotFound('Unit not found.');
    if (unit.listing.status === 'ARCHIVED') throw new PolicyViolation('An archived listing cannot be changed.');
    const units = await lockUnits(tx, unit.listingId);
    const current = units.find((row) => row.id === unit.id);
    if (!current) throw new NotFound('Unit not found.');
    if ((await tx.bookingAllocation.count({ where: { unitId: unit.id } })) > 0) {
      throw new PolicyViolation('This unit has bookings, so it cannot be deleted. Deactivate it instead: it keeps its bookings and stops taking new ones.');
    }
    const othersActive = units.some((row) => row.id !== unit.id && row.active);
    if (current.active && !othersActive && unit.listing.status === 'PUBLISHED') {
      throw new PolicyViolation('This is the last active unit of a published listing. Unpublish the listing first.');
    }
    await tx.rentalUnit.delete({ where: { id: unit.id } });
    return unit;
  });
}
