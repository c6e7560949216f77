// Attribute templates per category (seed marketplace: JSON attributes per equipment type): which
// attributes a listing of the category has, of which type, and which choices a "select" offers.
// The listing form shows them as typed controls, the service checks them, the search filters by them.
// Client-safe.
import '@/lib/validation/zod-config';
import { z } from 'zod';

export const ATTRIBUTE_TYPES = ['text', 'number', 'boolean', 'select'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];
export const ATTRIBUTE_TYPE_LABELS: Record<AttributeType, string> = { text: 'Text', number: 'Number', boolean: 'Yes / no', select: 'Choice from a list' };

const attributeName = z
  .string()
  .trim()
  .min(1, 'Name the attribute')
  .max(40, 'Use at most 40 characters')
  .regex(/^[a-z][a-zA-Z0-9_]*$/, 'Start with a lowercase letter; use letters, digits and _ (e.g. "seats" or "fuelType")');

export const attributeDefinitionSchema = z
  .object({
    name: attributeName,
    label: z.string().trim().min(1, 'Give the attribute a label').max(60),
    type: z.enum(ATTRIBUTE_TYPES),
    options: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
  })
  .refine((a) => a.type !== 'select' || a.options.length >= 2, { message: 'A choice needs at least two options', path: ['options'] })
  .transform((a) => (a.type === 'select' ? { ...a, options: [...new Set(a.options)] } : { ...a, options: [] }));

export type AttributeDefinition = z.output<typeof attributeDefinitionSchema>;
export const attributeTemplateSchema = z.array(attributeDefinitionSchema).max(20);

/** A stored template (JSON column) → definitions; anything malformed reads as no template. */
export function readTemplate(json: unknown): AttributeDefinition[] {
  const parsed = attributeTemplateSchema.safeParse(json ?? []);
  return parsed.success ? parsed.data : [];
}

export type AttributeValue = string | number | boolean;

/**
 * Checks a listing's attributes against its category's template and gives them their types:
 * a number attribute holds a number, a yes/no a boolean, a choice one of its options. Attributes
 * outside the template are kept as they are. Returns the typed attributes or the problems.
 */
export function applyTemplate(template: AttributeDefinition[], attributes: Record<string, AttributeValue>): { attributes: Record<string, AttributeValue>; problems: string[] } {
  const typed: Record<string, AttributeValue> = { ...attributes };
  const problems: string[] = [];
  for (const definition of template) {
    const value = attributes[definition.name];
    if (value === undefined || value === '') {
      delete typed[definition.name];
      continue;
    }
    switch (definition.type) {
      case 'number': {
        const number = typeof value === 'number' ? value : Number(value);
        if (typeof value === 'boolean' || !Number.isFinite(number)) problems.push(`${definition.label} must be a number.`);
        else typed[definition.name] = number;
        break;
      }
      case 'boolean':
        if (value === true || value === 'true' || value === 'yes') typed[definition.name] = true;
        else if (value === false || value === 'false' || value === 'no') typed[definition.name] = false;
        else problems.push(`${definition.label} must be yes or no.`);
        break;
      case 'select':
        if (!definition.options.includes(String(value))) problems.push(`${definition.label} must be one of: ${definition.options.join(', ')}.`);
        else typed[definition.name] = String(value);
        break;
      default:
        typed[definition.name] = String(value);
    }
  }
  return { attributes: typed, problems };
}

/** The listing form's attribute text ("name: value" lines) without the template's attributes, and their values apart. */
export function splitAttributeText(text: string, template: AttributeDefinition[]): { rest: string; values: Record<string, string> } {
  const names = new Set(template.map((a) => a.name));
  const values: Record<string, string> = {};
  const rest: string[] = [];
  for (const line of text.split('\n')) {
    const index = line.indexOf(':');
    const key = index > 0 ? line.slice(0, index).trim() : '';
    if (names.has(key)) values[key] = line.slice(index + 1).trim();
    else if (line.trim()) rest.push(line);
  }
  return { rest: rest.join('\n'), values };
}

/** The template's values put back into the attribute text, ahead of the other lines. */
export function joinAttributeText(rest: string, values: Record<string, string>, template: AttributeDefinition[]): string {
  const lines = template.filter((a) => values[a.name]?.trim()).map((a) => `${a.name}: ${values[a.name]!.trim()}`);
  const others = splitAttributeText(rest, template).rest;
  return [...lines, ...(others ? [others] : [])].join('\n');
}

/** Search filters by a category's attributes: URL parameters "attr.<name>". */
export const ATTRIBUTE_PARAM_PREFIX = 'attr.';

export type AttributeFilter = { name: string; type: AttributeType; value: string | number | boolean };

/** The attribute filters a search asks for, kept only where the template knows the attribute and the value fits. */
export function attributeFilters(raw: Record<string, unknown>, template: AttributeDefinition[]): AttributeFilter[] {
  const filters: AttributeFilter[] = [];
  for (const definition of template) {
    const value = raw[`${ATTRIBUTE_PARAM_PREFIX}${definition.name}`];
    if (typeof value !== 'string' || !value.trim() || value.length > 100) continue;
    const text = value.trim();
    if (definition.type === 'number') {
      const number = Number(text);
      if (Number.isFinite(number)) filters.push({ name: definition.name, type: 'number', value: number });
    } else if (definition.type === 'boolean') {
      if (text === 'true' || text === 'false') filters.push({ name: definition.name, type: 'boolean', value: text === 'true' });
    } else if (definition.type === 'select') {
      if (definition.options.includes(text)) filters.push({ name: definition.name, type: 'select', value: text });
    } else {
      filters.push({ name: definition.name, type: 'text', value: text });
    }
  }
  return filters;
}
