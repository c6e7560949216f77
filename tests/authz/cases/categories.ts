import type { ActionCase, World } from '../matrix';

// The category console (/admin/categories): operators only. Each role acts on a fresh category.

const only = ['operator'] as const;
const module = 'lib/actions/admin/categories.ts';

const freshCategory = async (w: World) => {
  const slug = `matrix-cat-${w.unique()}`;
  return w.db.category.create({ data: { slug, name: `Matrix ${slug}`, kind: 'RENTAL', icon: 'tag', attributeTemplate: [{ name: 'seats', label: 'Seats', type: 'number', options: [] }] } });
};

export const cases: ActionCase[] = [
  { module, action: 'createCategoryAction', allow: [...only], input: async (w) => ({ name: 'New one', slug: `matrix-new-${w.unique()}`, kind: 'RENTAL', icon: 'boat' }) },
  { module, action: 'updateCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'Renamed', icon: 'car' }) },
  { module, action: 'moveCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, direction: 'up' }) },
  { module, action: 'retireCategoryAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, retired: 'true' }) },
  { module, action: 'saveCategoryAttributeAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'fuel', label: 'Fuel', type: 'select', options: 'petrol, diesel' }) },
  { module, action: 'removeCategoryAttributeAction', allow: [...only], input: async (w) => ({ categoryId: (await freshCategory(w)).id, name: 'seats' }) },
];
