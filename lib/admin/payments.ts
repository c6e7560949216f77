import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/prisma';
import type { Prisma } from '@/lib/generated/prisma/client';
import { PaymentKind, PaymentProvider, PaymentStatus } from '@/lib/generated/prisma/enums';
import { enumFilter, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';

// Money records (read-only here): charges and refunds, and the payment provider's events as received.

export const paymentFiltersSchema = z.object({
  q: searchFilter, // a booking reference
  provider: enumFilter(Object.values(PaymentProvider)),
  kind: enumFilter(Object.values(PaymentKind)),
  status: enumFilter(Object.values(PaymentStatus)),
  page: pageFilter,
});

export async function listPayments(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = paymentFiltersSchema.parse(raw ?? {});
  const where: Prisma.PaymentWhereInput = {
    ...(filters.provider ? { provider: filters.provider } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.q ? { booking: { reference: { contains: filters.q.toUpperCase() } } } : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.payment.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: page.skip,
      take: page.take,
      include: { booking: { select: { id: true, reference: true, vendor: { select: { name: true } } } } },
    }),
    db.payment.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

export const EVENT_STATES = ['processed', 'unprocessed', 'error'] as const;

export const providerEventFiltersSchema = z.object({
  type: searchFilter,
  state: enumFilter(EVENT_STATES),
  provider: enumFilter(Object.values(PaymentProvider)),
  page: pageFilter,
});

const EVENT_STATE_WHERE: Record<(typeof EVENT_STATES)[number], Prisma.ProviderEventWhereInput> = {
  processed: { processedAt: { not: null }, error: null },
  unprocessed: { processedAt: null, error: null },
  error: { error: { not: null } },
};

export async function listProviderEvents(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = providerEventFiltersSchema.parse(raw ?? {});
  const where: Prisma.ProviderEventWhereInput = {
    ...(filters.type ? { type: { contains: filters.type } } : {}),
    ...(filters.provider ? { provider: filters.provider } : {}),
    ...(filters.state ? EVENT_STATE_WHERE[filters.state] : {}),
  };
  const page = paging(filters.page);
  const [rows, total] = await Promise.all([
    db.providerEvent.findMany({ where, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }], skip: page.skip, take: page.take }),
    db.providerEvent.count({ where }),
  ]);
  return { ...page.result(rows, total), filters };
}

