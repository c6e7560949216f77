import 'server-only';
import type { Db } from '@/lib/db/prisma';
import { readTemplate } from './category-attributes';

// The categories each form may offer: active ones in browsing order, plus (when editing) the
// listing's own category even if it has since been retired.

export async function listingFormCategories(db: Db, currentCategoryId?: string) {
  const rows = await db.category.findMany({
    where: currentCategoryId ? { OR: [{ retiredAt: null }, { id: currentCategoryId }] } : { retiredAt: null },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, kind: true, icon: true, attributeTemplate: true },
  });
  return rows.map(({ attributeTemplate, ...row }) => ({ ...row, attributes: readTemplate(attributeTemplate) }));
}

export type CategoryChoice = Awaited<ReturnType<typeof listingFormCategories>>[number];

/** The search's category choices, and the chosen category's template for its attribute filters. */
export async function searchCategories(db: Db) {
  const rows = await db.category.findMany({ where: { retiredAt: null }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { slug: true, name: true, attributeTemplate: true } });
  return rows.map(({ attributeTemplate, ...row }) => ({ ...row, attributes: readTemplate(attributeTemplate) }));
}

export async function categoryTemplate(db: Db, categoryId: string) {
  const row = await db.category.findUnique({ where: { id: categoryId }, select: { attributeTemplate: true, retiredAt: true } });
  return row ? { retired: !!row.retiredAt, attributes: readTemplate(row.attributeTemplate) } : null;
}
