import type { Metadata } from 'next';
import { PageHeader, RowAction } from '@/components/admin/list-parts';
import { AddAttributeForm, CategoryOrderButtons, EditCategoryForm, NewCategoryForm, RemoveAttributeButton } from '@/components/admin/category-forms';
import { Card } from '@/components/ui/card';
import { CategoryIcon } from '@/components/ui/category-icon';
import { EmptyState } from '@/components/ui/empty-state';
import { adminCategories } from '@/lib/admin/categories';
import { operatorPage } from '@/lib/auth/current-actor';
import { ATTRIBUTE_TYPE_LABELS, readTemplate } from '@/lib/catalog/category-attributes';
import { kindLabel } from '@/lib/catalog/labels';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Categories' };

export default async function AdminCategoriesPage() {
  const { actor: operator } = await operatorPage('/admin/categories');
  const categories = await adminCategories(prisma, operator);
  const active = categories.filter((c) => !c.retiredAt);
  return (
    <div className="space-y-6">
      <PageHeader title="Categories" count={categories.length} noun={['category', 'categories']} />
      <Card className="space-y-4">
        <h2 className="font-semibold">Add a category</h2>
        <NewCategoryForm />
      </Card>
      {categories.length === 0 ? <EmptyState title="No categories yet">Add the first one above.</EmptyState> : null}
      <ol className="space-y-4" aria-label="Categories in browsing order">
        {categories.map((category) => {
          const template = readTemplate(category.attributeTemplate);
          const position = active.findIndex((c) => c.id === category.id);
          return (
            <li key={category.id}>
              <Card className="space-y-4">
                <section aria-labelledby={`cat-${category.id}-title`} className="space-y-4">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="flex items-center gap-3">
                      <span className="rounded-lg bg-brand-50 p-2 text-brand-700">
                        <CategoryIcon name={category.icon} />
                      </span>
                      <div>
                        <h2 id={`cat-${category.id}-title`} className="font-semibold">
                          {category.name}
                          {category.retiredAt ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Retired</span> : null}
                        </h2>
                        <p className="text-xs text-slate-600">
                          /{category.slug} · {kindLabel[category.kind]} · {category._count.listings} {category._count.listings === 1 ? 'listing' : 'listings'}
                        </p>
                      </div>
                    </div>
                    <CategoryOrderButtons category={category} first={position === 0} last={position === active.length - 1} />
                  </div>
                  <RowAction summary={`Rename ${category.name} or change its icon`}>
                    <EditCategoryForm category={category} />
                  </RowAction>
                  <div className="space-y-2">
                    <h3 className="text-sm font-semibold">Attributes listings fill in</h3>
                    {template.length === 0 ? (
                      <p className="text-sm text-slate-600">None yet.</p>
                    ) : (
                      <ul className="space-y-2">
                        {template.map((attribute) => (
                          <li key={attribute.name} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm">
                            <span>
                              <strong>{attribute.label}</strong> <code className="text-xs text-slate-600">{attribute.name}</code> · {ATTRIBUTE_TYPE_LABELS[attribute.type]}
                              {attribute.options.length ? `: ${attribute.options.join(', ')}` : ''}
                            </span>
                            <RemoveAttributeButton categoryId={category.id} name={attribute.name} label={attribute.label} />
                          </li>
                        ))}
                      </ul>
                    )}
                    <RowAction summary={`Add an attribute to ${category.name}`}>
                      <AddAttributeForm categoryId={category.id} />
                    </RowAction>
                  </div>
                </section>
              </Card>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
