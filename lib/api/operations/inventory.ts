import 'server-only';
import { z } from 'zod';
import { setListingStatus } from '@/lib/business/listings';
import { ownListing } from '@/lib/business/ownership';
import { addUnit, updateUnit } from '@/lib/business/units';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { businessActor, type ApiCaller } from '../caller';
import { defineOperation } from '../operation';
import { ApiError } from '../problem';
import { uuid } from '../schemas';

// A business's listings and rental units through the API: the dashboard's services, so the
// same rules (only own rows, archived listings frozen, no publishing without units) apply.

function memberOf(caller: ApiCaller, scope: 'read' | 'write'): MemberActor {
  const actor = businessActor(caller, scope);
  if (actor.kind !== 'member') throw new ApiError('forbidden', 'Only a business (its API key or a member’s token) can do this.');
  return actor;
}

const ListingState = z
  .object({ id: uuid, status: z.enum(['draft', 'published', 'unpublished', 'archived']), published_at: z.iso.datetime({ offset: true }).nullable() })
  .meta({ id: 'ListingState' });

function statusOperation(name: 'publish' | 'unpublish') {
  return defineOperation({
    method: 'POST',
    path: `/listings/{id}/${name}`,
    operationId: `${name}Listing`,
    summary: name === 'publish' ? 'Publish a listing (customers can find and book it)' : 'Unpublish a listing (hidden; its bookings stay)',
    tag: 'Business',
    access: 'authenticated',
    scope: 'write',
    params: z.object({ id: uuid }),
    response: {
      status: 200,
      schema: ListingState,
      description: 'The listing’s state.',
      example: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', status: name === 'publish' ? 'published' : 'unpublished', published_at: '2031-01-06T08:00:00.000Z' },
    },
    errors: ['not_found', 'policy_violation', 'forbidden', 'insufficient_scope'],
    handler: async ({ caller, params }) => {
      const listing = await setListingStatus(prisma, memberOf(caller, 'write'), { listingId: params.id, status: name === 'publish' ? 'PUBLISHED' : 'UNPUBLISHED' });
      return { id: listing.id, status: listing.status.toLowerCase() as 'published', published_at: listing.publishedAt?.toISOString() ?? null };
    },
  });
}

export const publishListing = statusOperation('publish');
export const unpublishListing = statusOperation('unpublish');

const Unit = z.object({ id: uuid, listing_id: uuid, code: z.string(), name: z.string().nullable(), active: z.boolean() }).meta({ id: 'Unit' });
const unitJson = (unit: { id: string; listingId: string; code: string; name: string | null; active: boolean }) => ({ id: unit.id, listing_id: unit.listingId, code: unit.code, name: unit.name, active: unit.active });
const exampleUnit = { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a62', listing_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', code: 'K1', name: 'Red kayak', active: true };
const unitBody = z.object({ code: z.string().max(60), name: z.string().max(120).optional(), active: z.boolean().default(true) });

export const listUnits = defineOperation({
  method: 'GET',
  path: '/listings/{id}/units',
  operationId: 'listUnits',
  summary: 'A rental listing’s units',
  tag: 'Business',
  access: 'authenticated',
  scope: 'read',
  params: z.object({ id: uuid }),
  response: { status: 200, schema: z.object({ data: z.array(Unit) }).meta({ id: 'UnitList' }), description: 'All units, active or not.', example: { data: [exampleUnit] } },
  errors: ['not_found', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params }) => {
    const listing = await ownListing(prisma, memberOf(caller, 'read'), params.id);
    const units = await prisma.rentalUnit.findMany({ where: { listingId: listing.id }, orderBy: { code: 'asc' } });
    return { data: units.map(unitJson) };
  },
});

export const createUnit = defineOperation({
  method: 'POST',
  path: '/listings/{id}/units',
  operationId: 'createUnit',
  summary: 'Add a unit to a rental listing',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: unitBody.meta({ id: 'UnitRequest' }),
  bodyExample: { code: 'K2', name: 'Blue kayak' },
  response: { status: 201, schema: Unit, description: 'The new unit.', example: exampleUnit },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => unitJson(await addUnit(prisma, memberOf(caller, 'write'), { listingId: params.id, code: body.code.trim(), name: body.name?.trim() || undefined, active: body.active })),
});

export const updateUnitOperation = defineOperation({
  method: 'PATCH',
  path: '/units/{id}',
  operationId: 'updateUnit',
  summary: 'Change a unit (code, name, active)',
  description: 'Deactivating keeps its bookings; it stops taking new ones. The last active unit of a published listing cannot be deactivated.',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: unitBody.partial().meta({ id: 'UnitPatch' }),
  bodyExample: { active: false },
  response: { status: 200, schema: Unit, description: 'The unit.', example: { ...exampleUnit, active: false } },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const actor = memberOf(caller, 'write');
    const unit = await prisma.rentalUnit.findFirst({ where: { id: params.id, listing: { vendorId: actor.vendorId } } });
    if (!unit) throw new ApiError('not_found', 'Unit not found.');
    const updated = await updateUnit(prisma, actor, {
      unitId: unit.id,
      code: body.code?.trim() ?? unit.code,
      name: body.name === undefined ? (unit.name ?? undefined) : body.name.trim() || undefined,
      active: body.active ?? unit.active,
    });
    return unitJson(updated);
  },
});
