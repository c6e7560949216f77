import 'server-only';
import { z } from 'zod';
import { ownStaffMember } from '@/lib/business/ownership';
import { addTimeOff, setWeeklyRules, updateStaffMember } from '@/lib/business/staff';
import { prisma } from '@/lib/db/prisma';
import { businessActor, type ApiCaller } from '../caller';
import { defineOperation } from '../operation';
import { ApiError } from '../problem';
import { localDate, uuid } from '../schemas';

// Staff members' details, weekly hours and time off through the API: the dashboard's services.

function memberOf(caller: ApiCaller, scope: 'read' | 'write') {
  const actor = businessActor(caller, scope);
  if (actor.kind !== 'member') throw new ApiError('forbidden', 'Only a business (its API key or a member’s token) can do this.');
  return actor;
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const hoursItem = z.object({ weekday: z.int().min(1).max(7).meta({ description: '1 = Monday … 7 = Sunday' }), start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) });
const TimeOff = z.object({ id: uuid, start_at: z.iso.datetime({ offset: true }), end_at: z.iso.datetime({ offset: true }), reason: z.string().nullable() }).meta({ id: 'TimeOff' });
const Staff = z
  .object({ id: uuid, name: z.string(), email: z.string().nullable(), bio: z.string(), active: z.boolean(), time_zone: z.string(), hours: z.array(hoursItem), time_off: z.array(TimeOff) })
  .meta({ id: 'StaffMember' });

const exampleStaff = {
  id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a64',
  name: 'Ben',
  email: 'ben@example.com',
  bio: 'Colour specialist.',
  active: true,
  time_zone: 'Europe/London',
  hours: [{ weekday: 2, start: '10:00', end: '18:00' }],
  time_off: [{ id: '0194f3a2-7c1e-7b3d-9a55-2f0c8e4d1a65', start_at: '2031-02-01T00:00:00.000Z', end_at: '2031-02-08T00:00:00.000Z', reason: 'Holiday' }],
};

async function staffJson(staffId: string) {
  const staff = await prisma.staffMember.findUniqueOrThrow({
    where: { id: staffId },
    include: {
      vendor: { select: { timeZone: true } },
      rules: { orderBy: [{ weekday: 'asc' }, { startMinute: 'asc' }] },
      timeOff: { where: { endAt: { gt: new Date() } }, orderBy: { startAt: 'asc' } },
    },
  });
  return {
    id: staff.id,
    name: staff.name,
    email: staff.email,
    bio: staff.bio,
    active: staff.active,
    time_zone: staff.vendor.timeZone,
    hours: staff.rules.map((r) => ({ weekday: r.weekday, start: clock(r.startMinute), end: clock(r.endMinute) })),
    time_off: staff.timeOff.map((t) => ({ id: t.id, start_at: t.startAt.toISOString(), end_at: t.endAt.toISOString(), reason: t.reason })),
  };
}

export const getStaff = defineOperation({
  method: 'GET',
  path: '/staff/{id}',
  operationId: 'getStaffMember',
  summary: 'A staff member: weekly hours and upcoming time off',
  tag: 'Business',
  access: 'authenticated',
  scope: 'read',
  params: z.object({ id: uuid }),
  response: { status: 200, schema: Staff, description: 'The staff member (hours in the business’s zone).', example: exampleStaff },
  errors: ['not_found', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params }) => staffJson((await ownStaffMember(prisma, memberOf(caller, 'read'), params.id)).id),
});

export const updateStaff = defineOperation({
  method: 'PATCH',
  path: '/staff/{id}',
  operationId: 'updateStaffMember',
  summary: 'Change a staff member, or replace their weekly hours',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: z
    .object({ name: z.string().max(120).optional(), email: z.string().max(254).nullable().optional(), bio: z.string().max(2000).optional(), active: z.boolean().optional(), hours: z.array(hoursItem).max(50).optional() })
    .meta({ id: 'StaffPatch' }),
  bodyExample: { hours: [{ weekday: 1, start: '09:00', end: '17:00' }] },
  response: { status: 200, schema: Staff, description: 'The staff member.', example: exampleStaff },
  errors: ['not_found', 'validation_failed', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    const actor = memberOf(caller, 'write');
    const staff = await ownStaffMember(prisma, actor, params.id);
    if (body.name !== undefined || body.email !== undefined || body.bio !== undefined || body.active !== undefined) {
      await updateStaffMember(prisma, actor, {
        staffId: staff.id,
        name: body.name ?? staff.name,
        email: body.email === undefined ? (staff.email ?? undefined) : body.email || undefined,
        bio: body.bio ?? staff.bio,
        active: body.active ?? staff.active,
      });
    }
    if (body.hours) await setWeeklyRules(prisma, actor, { staffId: staff.id, rules: body.hours });
    return staffJson(staff.id);
  },
});

export const addStaffTimeOff = defineOperation({
  method: 'POST',
  path: '/staff/{id}/time-off',
  operationId: 'addStaffTimeOff',
  summary: 'Whole days off for a staff member',
  tag: 'Business',
  access: 'authenticated',
  scope: 'write',
  params: z.object({ id: uuid }),
  body: z.object({ start_date: localDate, end_date: localDate, reason: z.string().max(200).optional() }).meta({ id: 'TimeOffRequest' }),
  bodyExample: { start_date: '2031-02-01', end_date: '2031-02-07', reason: 'Holiday' },
  response: { status: 201, schema: TimeOff, description: 'The time off, from the first day’s start to the end of the last in the business’s zone.', example: exampleStaff.time_off[0]! },
  errors: ['not_found', 'validation_failed', 'forbidden', 'insufficient_scope'],
  handler: async ({ caller, params, body }) => {
    if (body.end_date < body.start_date) throw new ApiError('validation_failed', 'The last day must not be before the first.', { param: 'end_date', errors: [{ param: 'end_date', detail: 'The last day must not be before the first' }] });
    const row = await addTimeOff(prisma, memberOf(caller, 'write'), { staffId: params.id, startDate: body.start_date, endDate: body.end_date, reason: body.reason?.trim() || undefined });
    return { id: row.id, start_at: row.startAt.toISOString(), end_at: row.endAt.toISOString(), reason: row.reason };
  },
});
