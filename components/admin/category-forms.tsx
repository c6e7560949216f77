import { ActionForm } from '@/components/forms/action-form';
import { CategoryIcon } from '@/components/ui/category-icon';
import { Field, Input, Select } from '@/components/ui/field';
import {
  createCategoryAction,
  moveCategoryAction,
  removeCategoryAttributeAction,
  retireCategoryAction,
  saveCategoryAttributeAction,
  updateCategoryAction,
} from '@/lib/actions/admin/categories';
import { ATTRIBUTE_TYPE_LABELS, ATTRIBUTE_TYPES } from '@/lib/catalog/category-attributes';
import { CATEGORY_ICON_NAMES, CATEGORY_ICONS } from '@/lib/catalog/category-icons';
import { kindLabel } from '@/lib/catalog/labels';

// The forms of the category console, server-rendered inside the small ActionForm.

function IconPicker({ idPrefix, value }: { idPrefix: string; value?: string | null }) {
  return (
    <fieldset>
      <legend className="block text-sm font-medium text-slate-800">Icon</legend>
      <div className="mt-1 grid grid-cols-3 gap-2 sm:grid-cols-6">
        {CATEGORY_ICON_NAMES.map((name, index) => (
          <label key={name} className="flex cursor-pointer flex-col items-center gap-1 rounded-lg border border-slate-200 p-2 text-xs has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-500">
            <input type="radio" name="icon" value={name} defaultChecked={value ? value === name : index === 0} className="sr-only" id={`${idPrefix}-icon-${name}`} />
            <CategoryIcon name={name} />
            {CATEGORY_ICONS[name]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function NewCategoryForm() {
  return (
    <ActionForm action={createCategoryAction} submitLabel="Add category" done="Category added." labels={{ name: 'Name', slug: 'Address', icon: 'Icon', kind: 'Usual kind' }}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-cat-name" label="Name">
          <Input id="new-cat-name" name="name" required maxLength={60} />
        </Field>
        <Field id="new-cat-slug" label="Address" hint="In links: /search?category=…">
          <Input id="new-cat-slug" name="slug" required maxLength={40} aria-describedby="new-cat-slug-hint" />
        </Field>
        <Field id="new-cat-kind" label="Usual kind">
          <Select id="new-cat-kind" name="kind" defaultValue="RENTAL">
            {(['RENTAL', 'SESSION', 'APPOINTMENT'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel[kind]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="new-cat-description" label="Description (optional)">
          <Input id="new-cat-description" name="description" maxLength={200} />
        </Field>
      </div>
      <IconPicker idPrefix="new-cat" />
    </ActionForm>
  );
}

type Category = { id: string; name: string; icon: string | null; description: string; retiredAt: Date | null };

export function EditCategoryForm({ category }: { category: Category }) {
  const id = `cat-${category.id}`;
  return (
    <ActionForm action={updateCategoryAction.bind(null, { categoryId: category.id })} submitLabel="Save" done="Saved." labels={{ name: 'Name', icon: 'Icon' }}>
      <Field id={`${id}-name`} label="Name">
        <Input id={`${id}-name`} name="name" defaultValue={category.name} required maxLength={60} />
      </Field>
      <Field id={`${id}-description`} label="Description">
        <Input id={`${id}-description`} name="description" defaultValue={category.description} maxLength={200} />
      </Field>
      <IconPicker idPrefix={id} value={category.icon} />
    </ActionForm>
  );
}

export function CategoryOrderButtons({ category, first, last }: { category: Category; first: boolean; last: boolean }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {category.retiredAt ? null : (
        <>
          {first ? null : (
            <ActionForm action={moveCategoryAction.bind(null, { categoryId: category.id, direction: 'up' })} submitLabel={`Move ${category.name} up`} pendingText="Moving…" variant="secondary" done="Moved." className="">
              {null}
            </ActionForm>
          )}
          {last ? null : (
            <ActionForm action={moveCategoryAction.bind(null, { categoryId: category.id, direction: 'down' })} submitLabel={`Move ${category.name} down`} pendingText="Moving…" variant="secondary" done="Moved." className="">
              {null}
            </ActionForm>
          )}
        </>
      )}
      <ActionForm
        action={retireCategoryAction.bind(null, { categoryId: category.id, retired: !category.retiredAt })}
        submitLabel={category.retiredAt ? `Bring ${category.name} back` : `Retire ${category.name}`}
        variant="secondary"
        done={category.retiredAt ? 'Back in the catalog.' : 'Retired.'}
        className=""
      >
        {null}
      </ActionForm>
    </div>
  );
}

export function AddAttributeForm({ categoryId }: { categoryId: string }) {
  const id = `attr-${categoryId}`;
  return (
    <ActionForm action={saveCategoryAttributeAction.bind(null, { categoryId })} submitLabel="Add attribute" done="Attribute saved." labels={{ name: 'Key', label: 'Label', type: 'Type', options: 'Choices' }}>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${id}-label`} label="Label">
          <Input id={`${id}-label`} name="label" required maxLength={60} placeholder="Fuel type" />
        </Field>
        <Field id={`${id}-name`} label="Key" hint='Letters and digits, e.g. "fuelType"'>
          <Input id={`${id}-name`} name="name" required maxLength={40} aria-describedby={`${id}-name-hint`} />
        </Field>
        <Field id={`${id}-type`} label="Type">
          <Select id={`${id}-type`} name="type" defaultValue="text">
            {ATTRIBUTE_TYPES.map((type) => (
              <option key={type} value={type}>
                {ATTRIBUTE_TYPE_LABELS[type]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={`${id}-options`} label="Choices" hint="For a choice: the options, separated by commas.">
          <Input id={`${id}-options`} name="options" maxLength={600} aria-describedby={`${id}-options-hint`} />
        </Field>
      </div>
    </ActionForm>
  );
}

export function RemoveAttributeButton({ categoryId, name, label }: { categoryId: string; name: string; label: string }) {
  return (
    <ActionForm action={removeCategoryAttributeAction.bind(null, { categoryId, name })} submitLabel={`Remove ${label}`} pendingText="Removing…" variant="secondary" done="Removed." className="">
      {null}
    </ActionForm>
  );
}
