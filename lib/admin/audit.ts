import 'server-only';
import { z } from 'zod';
import { id } from '@/lib/validation/fields';
import type { Db, Tx } from '@/lib/db/prisma';
import { actorRecord } from '@/lib/domain/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { optional, pageFilter, paging, searchFilter } from './list-filters';
import type { OperatorActor } from '@/lib/domain/actor';
import { assertOperator } from './operator';

// The audit trail: one row per operator action, written in the transaction of the change it
// records. The table is append-only (a trigger refuses UPDATE and DELETE).

export const AUDITED_ENTITIES = ['Vendor', 'Listing', 'Booking', 'User', 'OutboxMessage', 'OutboxDelivery', 'WebhookDelivery', 'EmailMessage', 'Category'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export type AuditEntry = {
  action: string; // vendor.suspend, booking.cancel ...
  entityType: AuditedEntity;
  entityId: string;
  reason: string;
  /** What changed: the fields before and after, plus anything useful to a later reader. */
  data: { before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue } & Record<string, Prisma.InputJsonValue | undefined>;
};

export async function writeAudit(tx: Tx, operator: OperatorActor, entry: AuditEntry) {
  return tx.auditLog.create({
    data: { ...actorRecord(operator), action: entry.action, entityType: entry.entityType, entityId: entry.entityId, reason: entry.reason, data: entry.data as Prisma.InputJsonObject },
  });
}

export const auditFiltersSchema = z.object({
  entityType: optional(z.enum(AUDITED_ENTITIES)),
  entityId: optional(id()),
  action: searchFilter,
  actor: optional(id()),
  page: pageFilter,
});

/** The trail, newest first, with who did it; filters by entity, action (prefix) and operator. */
export async function listAuditLog(db: Db, operator: OperatorActor, raw: unknown) {
  assertOperator(operator);
  const filters = auditFiltersSchema.parse(raw ?? {});
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
  };
  const page = paging(filters.page);
  const [rows, total, operators] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: page.skip, take: page.take }),
    db.auditLog.count({ where }),
    db.user.findMany({ where: { role: 'OPERATOR' }, orderBy: { email: 'asc' }, select: { id: true, email: true, name: true } }),
  ]);
  const names = new Map(operators.map((o) => [o.id, o.email]));
  const labels = await entityLabels(db, rows);
  return {
    ...page.result(rows.map((row) => ({ ...row, actorEmail: row.actorId ? (names.get(row.actorId) ?? null) : null, entityLabel: labels.get(row.entityId) ?? null })), total),
    filters,
    operators,
  };
}

/** What people call each entity of the rows (a business's name, a listing's title, a booking's reference, a user's email). */
async function entityLabels(db: Db, rows: Array<{ entityType: string; entityId: string }>): Promise<Map<string, string>> {
  const ids = (type: AuditedEntity) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const [vendors, listings, bookings, users] = await Promise.all([
    db.vendor.findMany({ where: { id: { in: ids('Vendor') } }, select: { id: true, name: true } }),
    db.listing.findMany({ where: { id: { in: ids('Listing') } }, select: { id: true, title: true } }),
    db.booking.findMany({ where: { id: { in: ids('Booking') } }, select: { id: true, reference: true } }),
    db.user.findMany({ where: { id: { in: ids('User') } }, select: { id: true, email: true } }),
  ]);
  return new Map([
    ...vendors.map((v) => [v.id, v.name] as const),
    ...listings.map((l) => [l.id, l.title] as const),
    ...bookings.map((b) => [b.id, b.reference] as const),
    ...users.map((u) => [u.id, u.email] as const),
  ]);
}

/** The latest entries about one entity, for its detail page. */
export async function auditOf(db: Db, operator: OperatorActor, entityType: AuditedEntity, entityId: string, take = 20) {
  assertOperator(operator);
  return db.auditLog.findMany({ where: { entityType, entityId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take });
}
