import 'server-only';
import { z } from 'zod';
import { parseInput } from '@/lib/booking/parse';
import type { Db } from '@/lib/db/prisma';
import { NotFound, PolicyViolation } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { PlatformRole } from '@/lib/generated/prisma/enums';
import { writeAudit } from './audit';
import { enumFilter, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';
import { userSignInSchema } from './schemas';

// People with an account. Disabling one stops sign-in and ends their sessions at the next request
// (getCurrentUser treats them as signed out); their bookings and memberships are kept.

export const userFiltersSchema = z.object({
  q: searchFilter,
  role: enumFilter(Object.values(PlatformRole)),
  state: enumFilter(['active', 'disabled'] as const),
  page: pageFilter,
});

export async function listUsers(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = userFiltersSchema.parse(raw ?? {});
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.state ? { disabledAt: filters.state === 'disabled' ? { not: null } : null } : {}),
    ...(filters.q ? { OR: [{ email: { contains: filters.q.toLowerCase() } }, { name: { contains: filters.q, mode: 'insensitive' } }] } : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        disabledAt: true,
        createdAt: true,
        memberships: { select: { role: true, vendor: { select: { id: true, name: true } } } },
        _count: { select: { bookings: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

/** Disables or re-enables sign-in for a person; an operator cannot lock themselves out. */
export async function setUserSignIn(db: Db, operator: OperatorActor, input: unknown, now = new Date()) {
  assertOperator(operator);
  const { userId, disabled, reason } = parseInput(userSignInSchema, input);
  if (disabled && userId === operator.userId) throw new PolicyViolation('You cannot disable your own account.');
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ disabledAt: Date | null }>>`SELECT "disabledAt" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    const before = rows[0];
    if (!before) throw new NotFound('This account does not exist.');
    if (disabled === !!before.disabledAt) throw new PolicyViolation(disabled ? 'This account is already disabled.' : 'This account is not disabled.');
    const after = await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null }, select: { disabledAt: true } });
    await writeAudit(tx, operator, {
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'User',
      entityId: userId,
      reason,
      data: { before: { disabledAt: before.disabledAt?.toISOString() ?? null }, after: { disabledAt: after.disabledAt?.toISOString() ?? null } },
    });
    return after;
  });
}
