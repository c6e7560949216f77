import 'server-only';
import type { Db, Tx } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import type { OperatorActor } from '@/lib/domain/actor';
import { NotFound, ValidationFailed } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { readTemplate } from '@/lib/catalog/category-attributes';
import { writeAudit } from './audit';
import { assertOperator } from './operator';
import type { AttributeInput, CategoryInput, CategoryMoveInput, CategoryRetireInput, CategoryUpdateInput, RemoveAttributeInput } from './category-schemas';
import { afterCatalogWrite } from '@/lib/catalog/cache-tags';

// Operators run the catalog's categories: add, rename, reorder, retire (a retired category keeps
// its listings but is offered for no new one and disappears from browsing), pick an icon from the
// fixed set, and keep each category's attribute template. Every change is audited.

const slugTaken = () => new ValidationFailed('A category already has this address.', { slug: ['Taken by another category'] });

export function adminCategories(db: Db, operator: OperatorActor) {
  assertOperator(operator);
  return db.category.findMany({
    orderBy: [{ retiredAt: { sort: 'asc', nulls: 'first' } }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, description: true, kind: true, icon: true, sortOrder: true, retiredAt: true, attributeTemplate: true, _count: { select: { listings: true } } },
  });
}

async function audited<T>(db: Db, operator: OperatorActor, action: string, categoryId: string | null, change: (tx: Tx) => Promise<T & { id: string }>, data: (result: T) => Record<string, Prisma.InputJsonValue>) {
  assertOperator(operator);
  try {
    // Categories show on every catalog page (home, search filters, listing cards): expire them all.
    return await afterCatalogWrite(
      db.$transaction(async (tx) => {
        const result = await change(tx);
        await writeAudit(tx, operator, { action, entityType: 'Category', entityId: categoryId ?? result.id, reason: '', data: data(result) });
        return result;
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTaken();
    throw error;
  }
}

async function lockCategory(tx: Tx, categoryId: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT "id" FROM "Category" WHERE "id" = ${categoryId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new NotFound('This category no longer exists.');
  return tx.category.findUniqueOrThrow({ where: { id: categoryId } });
}

export function createCategory(db: Db, operator: OperatorActor, input: CategoryInput) {
  return audited(
    db,
    operator,
    'category.create',
    null,
    async (tx) => {
      const last = await tx.category.aggregate({ _max: { sortOrder: true } });
      return tx.category.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? -1) + 1 } });
    },
    (row) => ({ after: { slug: row.slug, name: row.name, icon: row.icon, kind: row.kind } }),
  );
}

/** Renames (the address stays, so links keep working), changes the icon or the description. */
export function updateCategory(db: Db, operator: OperatorActor, input: CategoryUpdateInput) {
  let before: Prisma.InputJsonValue = {};
  return audited(
    db,
    operator,
    'category.update',
    input.categoryId,
    async (tx) => {
      const row = await lockCategory(tx, input.categoryId);
      before = { name: row.name, icon: row.icon, description: row.description };
      return tx.category.update({ where: { id: row.id }, data: { name: input.name, icon: input.icon, description: input.description } });
    },
    (row) => ({ before, after: { name: row.name, icon: row.icon, description: row.description } }),
  );
}

/** Moves a category one place up or down among the active ones (the order of browsing). */
export function moveCategory(db: Db, operator: OperatorActor, input: CategoryMoveInput) {
  return audited(
    db,
    operator,
    'category.move',
    input.categoryId,
    async (tx) => {
      // Every row locked in one order, so two parallel moves serialise instead of interleaving.
      await tx.$queryRaw`SELECT "id" FROM "Category" ORDER BY "id" FOR UPDATE`;
      const order = await tx.category.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true } });
      const index = order.findIndex((c) => c.id === input.categoryId);
      if (index < 0) throw new NotFound('Only active categories can be moved.');
      const target = input.direction === 'up' ? index - 1 : index + 1;
      if (target >= 0 && target < order.length) [order[index], order[target]] = [order[target]!, order[index]!];
      for (const [position, { id }] of order.entries()) await tx.category.update({ where: { id }, data: { sortOrder: position } });
      return { id: input.categoryId, position: order.findIndex((c) => c.id === input.categoryId) };
    },
    (result) => ({ direction: input.direction, position: result.position }),
  );
}

/** Retires (or brings back) a category: its listings stay as they are; it is offered for no new listing. */
export function setCategoryRetired(db: Db, operator: OperatorActor, input: CategoryRetireInput, now = new Date()) {
  return audited(
    db,
    operator,
    input.retired ? 'category.retire' : 'category.restore',
    input.categoryId,
    async (tx) => {
      const row = await lockCategory(tx, input.categoryId);
      if (input.retired) return tx.category.update({ where: { id: row.id }, data: { retiredAt: row.retiredAt ?? now } });
      const last = await tx.category.aggregate({ where: { retiredAt: null }, _max: { sortOrder: true } });
      return tx.category.update({ where: { id: row.id }, data: { retiredAt: null, sortOrder: (last._max.sortOrder ?? -1) + 1 } });
    },
    (row) => ({ after: { retiredAt: row.retiredAt?.toISOString() ?? null } }),
  );
}

/** Adds an attribute to the category's template, or replaces the one with the same name. */
export function saveCategoryAttribute(db: Db, operator: OperatorActor, input: AttributeInput) {
  return audited(
    db,
    operator,
    'category.attribute.save',
    input.categoryId,
    async (tx) => {
      const row = await lockCategory(tx, input.categoryId);
      const definition = { name: input.name, label: input.label, type: input.type, options: input.options };
      const template = readTemplate(row.attributeTemplate);
      const at = template.findIndex((a) => a.name === definition.name);
      if (at >= 0) template[at] = definition;
      else if (template.length >= 20) throw new ValidationFailed('A category has at most 20 attributes.');
      else template.push(definition);
      return tx.category.update({ where: { id: row.id }, data: { attributeTemplate: template } });
    },
    () => ({ attribute: { ...input, categoryId: undefined } as Prisma.InputJsonValue }),
  );
}

export function removeCategoryAttribute(db: Db, operator: OperatorActor, input: RemoveAttributeInput) {
  return audited(
    db,
    operator,
    'category.attribute.remove',
    input.categoryId,
    async (tx) => {
      const row = await lockCategory(tx, input.categoryId);
      const template = readTemplate(row.attributeTemplate).filter((a) => a.name !== input.name);
      // Listings keep the values they have (as free attributes); only the template changes.
      return tx.category.update({ where: { id: row.id }, data: { attributeTemplate: template } });
    },
    () => ({ attribute: input.name }),
  );
}
