import type { ActionCase, World } from '../matrix';

// The category console (/admin/categories): operators only. Each role acts on a fresh category.

const only = ['operator'] as const;
const MODULE = 'lib/actions/admin/categories.ts';

const freshCategory = async (w: World) => {
  const slug = `matrix-cat-${w.unique()}`;
  return w.db.category.create({ data: { slug, name: `Matrix ${slug}`, kind: 'RENTAL', icon: 'tag', attributeTemplate: [{ name: 'seats', label: 'Seats', type: 'number', options: [] }] } });
};

export const cases: ActionCase[] = [
  { module: MODULE, action: 'createCategoryAction', allow: [...only], input: async (w) => ({ name: 'New one', slug: `matrix-new-${w.unique()}`, kind: 'RENTAL', icon: 'boat' }) },
  { module: MODULE, action: 'updateCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'Renamed', icon: 'car' }) },
  { module: MODULE, action: 'moveCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, direction: 'up' }) },
  { module: MODULE, action: 'retireCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, retired: 'true' }) },
  { module: MODULE, action: 'saveCategoryAttributeAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'fuel', label: 'Fuel', type: 'select', options: 'petrol, diesel' }) },
  { module: MODULE, action: 'removeCategoryAttributeAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'seats' }) },
];
