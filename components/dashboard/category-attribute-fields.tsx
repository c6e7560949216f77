'use client';

import { Field, Input, Select } from '@/components/ui/field';
import type { AttributeDefinition } from '@/lib/catalog/category-attributes';

/** The chosen category's attributes as typed controls in the listing form (its template, set by operators). */
export function CategoryAttributeFields({ categoryName, definitions, values, onChange }: { categoryName: string; definitions: AttributeDefinition[]; values: Record<string, string>; onChange: (name: string, value: string) => void }) {
  if (definitions.length === 0) return null;
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
      <legend className="px-1 text-sm font-semibold text-slate-800">{categoryName} details</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {definitions.map((d) => {
          const id = `attr-${d.name}`;
          const value = values[d.name] ?? '';
          if (d.type === 'boolean' || d.type === 'select') {
            const choices = d.type === 'boolean' ? [['true', 'Yes'], ['false', 'No']] : d.options.map((o) => [o, o]);
            return (
              <Field key={d.name} id={id} label={d.label}>
                <Select id={id} value={value} onChange={(e) => onChange(d.name, e.target.value)}>
                  <option value="">Not given</option>
                  {choices.map(([v, label]) => (
                    <option key={v} value={v}>
                      {label}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          }
          return (
            <Field key={d.name} id={id} label={d.label}>
              <Input id={id} type={d.type === 'number' ? 'number' : 'text'} inputMode={d.type === 'number' ? 'decimal' : undefined} step="any" value={value} onChange={(e) => onChange(d.name, e.target.value)} />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}
