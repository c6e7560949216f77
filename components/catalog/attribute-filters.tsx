import { Field, Input, Select } from '@/components/ui/field';
import { ATTRIBUTE_PARAM_PREFIX, type AttributeDefinition } from '@/lib/catalog/category-attributes';

/** Attributes the search already filters by on its own (the transmission and seats fields). */
const BUILT_IN = new Set(['transmission', 'seats']);

/** The chosen category's attribute filters, as plain GET fields ("attr.<name>"). */
export function AttributeFilters({ categoryName, definitions, values }: { categoryName: string; definitions: AttributeDefinition[]; values: Record<string, string> }) {
  const shown = definitions.filter((d) => !BUILT_IN.has(d.name));
  if (shown.length === 0) return null;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-slate-800">{categoryName} details</legend>
      {shown.map((d) => {
        const id = `f-attr-${d.name}`;
        const name = `${ATTRIBUTE_PARAM_PREFIX}${d.name}`;
        const value = values[name] ?? '';
        if (d.type === 'number')
          return (
            <Field key={d.name} id={id} label={`${d.label} (min)`}>
              <Input id={id} name={name} type="number" inputMode="decimal" defaultValue={value} />
            </Field>
          );
        if (d.type === 'text')
          return (
            <Field key={d.name} id={id} label={d.label}>
              <Input id={id} name={name} defaultValue={value} />
            </Field>
          );
        const choices = d.type === 'boolean' ? [['true', 'Yes'], ['false', 'No']] : d.options.map((o) => [o, o]);
        return (
          <Field key={d.name} id={id} label={d.label}>
            <Select id={id} name={name} defaultValue={value}>
              <option value="">Any</option>
              {choices.map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
    </fieldset>
  );
}
