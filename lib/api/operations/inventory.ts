import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/booking/parse';
import { MAX_AMOUNT } from '@/lib/domain/money';
import { listingFormValues } from '@/lib/business/listing-data';
import { createListingSchema, updateListingSchema } from '@/lib/business/listing-schemas';
import { updateSessionSchema } from '@/lib/business/inventory-schemas';
import { createListing, setListingStatus, updateListing } from '@/lib/business/listings';
import { toMajorUnits } from '@/lib/domain/money';
import { ownListing } from '@/lib/business/ownership';
import { cancelSession, createRecurringSessions, createSession, updateSession } from '@/lib/business/sessions';
import { addUnit, removeUnit, updateUnit } from '@/lib/business/units';
import { prisma } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { businessActor, type ApiCaller } from '../caller';
import { defineOperation } from '../operation';
import { ApiError } from '../problem';
import { BusinessListing, uuid } from '../schemas';
import { businessListingInclude, businessListingJson } from '../serialize';

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
const unitFields = { code: z.string().max(60), name: z.string().max(120).optional() };
const unitBody = z.object({ ...unitFields, active: z.boolean().default(true) });
// No default in a patch: a field left out stays as it is (a default would reactivate a unit on rename).
const unitPatch = z.object({ ...unitFields, active: z.boolean() }).partial();

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
  body: unitPatch.meta({ id: 'UnitPatch' }),
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

export const deleteUnitOperation = defineOperation({
  method: 'DELETE',
  path: '/units/{id}',
  operationId: 'deleteUnit',
  summary: 'Delete a unit that was never booked',
  description: 'A unit with bookings (past or future) cannot be deleted: deactivate it with `PATCH /units/{id}` instead, which keeps its history. The last active unit of a published listing cannot be deleted.',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  response: {
    status: 200,
    schema: z.object({ id: uuid, deleted: z.literal(true) }).meta({ id: 'DeletedUnit' }),
    description: 'The unit is gone.',
    example: { id: exampleUnit.id, deleted: true as const },
  },
  errors: ['not_found', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params }) => {
    const unit = await removeUnit(prisma, memberOf(caller, 'write'), { unitId: params.id });
    return { id: unit.id, deleted: true as const };
  },
});

const Session = z
  .object({ id: uuid, listing_id: uuid, start_at: z.iso.datetime({ offset: true }), end_at: z.iso.datetime({ offset: true }), capacity: z.int(), seats_taken: z.int(), status: z.enum(['scheduled', 'cancelled']), host_staff_id: uuid.nullable().meta({ description: 'The staff member who runs it; its time (with the listing’s buffers) is taken from their 1:1 slots.' }) })
  .meta({ id: 'Session' });
type SessionRow = { id: string; listingId: string; startAt: Date; endAt: Date; capacity: number; seatsTaken: number; status: string; hostStaffId: string | null };
const sessionJson = (s: SessionRow) => ({
  id: s.id,
  listing_id: s.listingId,
  start_at: s.startAt.toISOString(),
  end_at: s.endAt.toISOString(),
  capacity: s.capacity,
  seats_taken: s.seatsTaken,
  status: s.status === 'CANCELLED' ? ('cancelled' as const) : ('scheduled' as const),
  host_staff_id: s.hostStaffId,
});
const exampleSession = { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a63', listing_id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60', start_at: '2031-01-06T17:30:00.000Z', end_at: '2031-01-06T19:30:00.000Z', capacity: 12, seats_taken: 0, status: 'scheduled' as const, host_staff_id: null };

export const listSessions = defineOperation({
  method: 'GET',
  path: '/listings/{id}/sessions',
  operationId: 'listSessions',
  summary: 'A session listing’s sessions between two instants',
  tag: 'Business',
  access: 'authenticated',
  scope: 'read',
  params: z.object({ id: uuid }),
  query: z.object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }),
  response: { status: 200, schema: z.object({ data: z.array(Session) }).meta({ id: 'SessionList' }), description: 'Sessions starting in [from, to), cancelled ones included.', example: { data: [exampleSession] } },
  errors: ['not_found', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, query }) => {
    const listing = await ownListing(prisma, memberOf(caller, 'read'), params.id);
    const sessions = await prisma.listingSession.findMany({ where: { listingId: listing.id, startAt: { gte: new Date(query.from), lt: new Date(query.to) } }, orderBy: { startAt: 'asc' }, take: 1000 });
    return { data: sessions.map(sessionJson) };
  },
});

const sessionShape = { time: z.string().regex(/^\d{2}:\d{2}$/).meta({ description: 'Local wall-clock time in the listing’s zone.', example: '18:30' }), duration_minutes: z.int().min(1).max(1440), capacity: z.int().min(1).max(10_000),
  host_staff_id: uuid.optional().meta({ description: 'A staff member of the business who runs the session: refused (409) over their appointments, time off or other sessions.' }),
};

export const createSessions = defineOperation({
  method: 'POST',
  path: '/listings/{id}/sessions',
  operationId: 'createSessions',
  summary: 'Add one session, or a weekly series',
  description: 'One session on `date`, or with `start_date`, `weekdays` (1 = Monday … 7 = Sunday) and `weeks` a series at the same local time (times skipped by a clock change, in the past or already taken are left out).',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: z
    .union([
      z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ...sessionShape }),
      z.object({ start_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), weekdays: z.array(z.int().min(1).max(7)).min(1), weeks: z.int().min(1).max(52), ...sessionShape }),
    ])
    .meta({ id: 'SessionsRequest' }),
  bodyExample: { date: '2031-01-06', time: '18:30', duration_minutes: 120, capacity: 12 },
  response: {
    status: 201,
    schema: z.object({ created: z.int(), skipped: z.int(), session: Session.nullable().meta({ description: 'The session, for a one-off.' }) }).meta({ id: 'SessionsCreated' }),
    description: 'How many sessions were created.',
    example: { created: 1, skipped: 0, session: exampleSession },
  },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'slot_unavailable', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const actor = memberOf(caller, 'write');
    const shape = { listingId: params.id, time: body.time, durationMinutes: body.duration_minutes, capacity: body.capacity, hostStaffId: body.host_staff_id };
    if ('date' in body) {
      const session = await createSession(prisma, actor, { ...shape, date: body.date });
      return { created: 1, skipped: 0, session: sessionJson(session) };
    }
    const result = await createRecurringSessions(prisma, actor, { ...shape, startDate: body.start_date, weekdays: body.weekdays, weeks: body.weeks });
    return { created: result.created, skipped: result.skipped, session: null };
  },
});

export const cancelSessionOperation = defineOperation({
  method: 'DELETE',
  path: '/sessions/{id}',
  operationId: 'cancelSession',
  summary: 'Cancel a session nobody has booked',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  response: { status: 200, schema: Session, description: 'The cancelled session.', example: { ...exampleSession, status: 'cancelled' } },
  errors: ['not_found', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params }) => sessionJson(await cancelSession(prisma, memberOf(caller, 'write'), { sessionId: params.id })),
});

export const updateSessionOperation = defineOperation({
  method: 'PATCH',
  path: '/sessions/{id}',
  operationId: 'updateSession',
  summary: 'Change a session’s capacity, or its time while nobody has booked',
  description: 'Only the fields given change. `date` and `time` are wall-clock values in the listing’s zone. The capacity cannot go below the seats taken; the time cannot change once a seat is booked.',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: z
    .object({
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      time: sessionShape.time,
      duration_minutes: sessionShape.duration_minutes,
      capacity: sessionShape.capacity,
      host_staff_id: uuid.nullable().meta({ description: 'The host staff member; null for none.' }),
    })
    .partial()
    .meta({ id: 'SessionPatch' }),
  bodyExample: { capacity: 16 },
  response: { status: 200, schema: Session, description: 'The session.', example: { ...exampleSession, capacity: 16 } },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'slot_unavailable', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const input = parseInput(updateSessionSchema, { sessionId: params.id, date: body.date, time: body.time, durationMinutes: body.duration_minutes, capacity: body.capacity, hostStaffId: body.host_staff_id });
    return sessionJson(await updateSession(prisma, memberOf(caller, 'write'), input));
  },
});

// Listing writes: the API's snake_case fields are mapped onto the dashboard form's values and
// validated by the form's own schema (createListingSchema / updateListingSchema), so every rule
// (deposits, durations, slugs, zones) is the dashboard's. Money is in minor units here.
const listingWrite = z
  .object({
    category: z.string().max(60).meta({ description: 'Category slug.', example: 'boats' }),
    title: z.string().max(140),
    slug: z.string().max(40).optional(),
    summary: z.string().max(280).optional(),
    description: z.string().max(10_000).optional(),
    city: z.string().max(120).optional(),
    address: z.string().max(200).optional(),
    time_zone: z.string().max(60).optional().meta({ description: 'IANA zone; omit for the business’s.' }),
    pricing_unit: z.enum(['HOUR', 'DAY', 'NIGHT', 'WEEK', 'MONTH', 'SEAT', 'FIXED']),
    price_amount: z.int().min(0).max(MAX_AMOUNT).meta({ description: 'Minor units of the business’s currency.' }),
    booking_mode: z.enum(['instant', 'request']),
    payment_mode: z.enum(['NONE', 'ONLINE_FULL', 'ONLINE_DEPOSIT', 'MANUAL']),
    duration_minutes: z.int().min(1).max(1440).optional().meta({ description: 'Appointments: the service’s length.' }),
    max_quantity_per_booking: z.int().min(1).max(1000).optional(),
    lead_time_minutes: z.int().min(0).max(525_600).optional(),
    max_advance_days: z.int().min(1).max(3650).optional(),
    free_cancellation_hours: z.int().min(0).max(8_760).optional(),
  })
  .meta({ id: 'ListingWrite' });
const listingCreate = listingWrite.extend({ kind: z.enum(['rental', 'session', 'appointment']) }).meta({ id: 'ListingCreate' });
const listingPatch = listingWrite.partial().meta({ id: 'ListingPatch' });

async function formValuesFrom(body: z.output<typeof listingPatch>, currency: string) {
  const category = body.category === undefined ? undefined : await prisma.category.findUnique({ where: { slug: body.category }, select: { id: true } });
  if (body.category !== undefined && !category) throw new ApiError('validation_failed', 'Unknown category.', { param: 'category', errors: [{ param: 'category', detail: 'Unknown category' }] });
  const defined = <T,>(value: T | undefined, map: (v: T) => Record<string, unknown>): Record<string, unknown> => (value === undefined ? {} : map(value));
  return {
    ...defined(category?.id, (categoryId) => ({ categoryId })),
    ...defined(body.title, (title) => ({ title })),
    ...defined(body.slug, (slug) => ({ slug })),
    ...defined(body.summary, (summary) => ({ summary })),
    ...defined(body.description, (description) => ({ description })),
    ...defined(body.city, (city) => ({ city })),
    ...defined(body.address, (address) => ({ address })),
    ...defined(body.time_zone, (timeZone) => ({ timeZone })),
    ...defined(body.pricing_unit, (pricingUnit) => ({ pricingUnit })),
    ...defined(body.price_amount, (amount) => ({ price: String(toMajorUnits(amount, currency)) })),
    ...defined(body.booking_mode, (mode) => ({ bookingMode: mode === 'instant' ? 'INSTANT' : 'REQUEST' })),
    ...defined(body.payment_mode, (paymentMode) => ({ paymentMode })),
    ...defined(body.duration_minutes, (v) => ({ durationMinutes: String(v) })),
    ...defined(body.max_quantity_per_booking, (v) => ({ maxQuantityPerBooking: String(v) })),
    ...defined(body.lead_time_minutes, (v) => ({ leadTimeMinutes: String(v) })),
    ...defined(body.max_advance_days, (v) => ({ maxAdvanceDays: String(v) })),
    ...defined(body.free_cancellation_hours, (v) => ({ freeCancellationHours: String(v) })),
  };
}

async function listingAnswer(id: string) {
  return businessListingJson(await prisma.listing.findUniqueOrThrow({ where: { id }, include: businessListingInclude }));
}

const ListingWithStatus = BusinessListing;
const exampleBusinessListing = {
  id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a60',
  slug: 'sea-kayak',
  vendor: { id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a61', slug: 'harbour-kayaks', name: 'Harbour Kayaks' },
  title: 'Sea kayak',
  summary: null,
  description: '',
  kind: 'rental' as const,
  category: { slug: 'boats', name: 'Boats' },
  time_zone: 'Europe/London',
  city: 'Brighton',
  address: null,
  latitude: null,
  longitude: null,
  price: { amount: 4500, currency: 'GBP' },
  pricing_unit: 'DAY',
  booking_mode: 'instant' as const,
  payment_mode: 'NONE',
  duration_minutes: null,
  min_duration_minutes: null,
  max_duration_minutes: null,
  lead_time_minutes: 0,
  max_advance_days: 365,
  max_quantity_per_booking: 1,
  free_cancellation_hours: 24,
  rating: { average: 0, count: 0 },
  images: [],
  staff: [],
  attributes: {},
  status: 'draft' as const,
};

export const createListingOperation = defineOperation({
  method: 'POST',
  path: '/listings',
  operationId: 'createListing',
  summary: 'Create a listing (as a draft)',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  body: listingCreate,
  bodyExample: { kind: 'rental', category: 'boats', title: 'Sea kayak', pricing_unit: 'DAY', price_amount: 4500, booking_mode: 'instant', payment_mode: 'NONE' },
  response: { status: 201, schema: ListingWithStatus, description: 'The new draft listing.', example: exampleBusinessListing },
  errors: ['validation_failed', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, body }) => {
    const actor = memberOf(caller, 'write');
    const { currency } = await prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { currency: true } });
    const input = parseInput(createListingSchema, { kind: body.kind.toUpperCase(), ...(await formValuesFrom(body, currency)) });
    return listingAnswer((await createListing(prisma, actor, input)).id);
  },
});

export const updateListingOperation = defineOperation({
  method: 'PATCH',
  path: '/listings/{id}',
  operationId: 'updateListing',
  summary: 'Change a listing (only the fields given)',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: listingPatch,
  bodyExample: { price_amount: 5000, summary: 'Now with a dry bag.' },
  response: { status: 200, schema: ListingWithStatus, description: 'The listing.', example: { ...exampleBusinessListing, price: { amount: 5000, currency: 'GBP' } } },
  errors: ['not_found', 'validation_failed', 'policy_violation', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const actor = memberOf(caller, 'write');
    const listing = await ownListing(prisma, actor, params.id);
    // The current values, overridden by the fields given (the schema drops `kind`: it never changes).
    const input = parseInput(updateListingSchema, { ...listingFormValues(listing), ...(await formValuesFrom(body, listing.currency)), listingId: listing.id });
    return listingAnswer((await updateListing(prisma, actor, input)).id);
  },
});
