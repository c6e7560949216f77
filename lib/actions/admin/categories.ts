'use server';

import { revalidatePath } from 'next/cache';
import { createCategory, moveCategory, removeCategoryAttribute, saveCategoryAttribute, setCategoryRetired, updateCategory } from '@/lib/admin/categories';
import { attributeSchema, categoryMoveSchema, categoryRetireSchema, categorySchema, categoryUpdateSchema, removeAttributeSchema } from '@/lib/admin/category-schemas';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';

// The category console (/admin/categories): categories show on every public page, so each change refreshes them all.
const refresh = { after: () => revalidatePath('/', 'layout') };

export const createCategoryAction = operatorAction(categorySchema, async (input, { actor }) => (await createCategory(prisma, actor, input)).id, refresh);
export const updateCategoryAction = operatorAction(categoryUpdateSchema, async (input, { actor }) => (await updateCategory(prisma, actor, input)).id, refresh);
export const moveCategoryAction = operatorAction(categoryMoveSchema, async (input, { actor }) => (await moveCategory(prisma, actor, input)).position, refresh);
export const retireCategoryAction = operatorAction(categoryRetireSchema, async (input, { actor }) => (await setCategoryRetired(prisma, actor, input)).id, refresh);
export const saveCategoryAttributeAction = operatorAction(attributeSchema, async (input, { actor }) => (await saveCategoryAttribute(prisma, actor, input)).id, refresh);
export const removeCategoryAttributeAction = operatorAction(removeAttributeSchema, async (input, { actor }) => (await removeCategoryAttribute(prisma, actor, input)).id, refresh);
