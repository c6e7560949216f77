import '@/lib/validation/zod-config';
import { z } from 'zod';
import { ATTRIBUTE_TYPES, attributeDefinitionSchema } from '@/lib/catalog/category-attributes';
import { CATEGORY_ICON_NAMES } from '@/lib/catalog/category-icons';
import { id } from '@/lib/validation/fields';

// The category console's inputs (client-safe).

const categoryFields = {
  name: z.string().trim().min(2, 'Name the category').max(60),
  icon: z.enum(CATEGORY_ICON_NAMES as [string, ...string[]], 'Choose an icon from the list'),
  description: z.string().trim().max(200).default(''),
};

export const categorySchema = z.object({
  ...categoryFields,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, 'Use at least 2 characters')
    .max(40)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes'),
  kind: z.enum(['RENTAL', 'SESSION', 'APPOINTMENT']),
});
export const categoryUpdateSchema = z.object({ categoryId: id(), ...categoryFields });
export const categoryMoveSchema = z.object({ categoryId: id(), direction: z.enum(['up', 'down']) });
export const categoryRetireSchema = z.object({ categoryId: id(), retired: z.preprocess((v) => v === true || v === 'true', z.boolean()) });
export const attributeSchema = z
  .object({
    categoryId: id(),
    name: z.string(),
    label: z.string(),
    type: z.enum(ATTRIBUTE_TYPES),
    // A form sends the choices as one comma-separated text.
    options: z.preprocess((v) => (typeof v === 'string' ? v.split(',').map((o) => o.trim()).filter(Boolean) : v), z.array(z.string()).default([])),
  })
  .transform((input, ctx) => {
    const parsed = attributeDefinitionSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return { categoryId: input.categoryId, ...parsed.data };
  });
export const removeAttributeSchema = z.object({ categoryId: id(), name: z.string().max(40) });

export type CategoryInput = z.output<typeof categorySchema>;
export type CategoryUpdateInput = z.output<typeof categoryUpdateSchema>;
export type CategoryMoveInput = z.output<typeof categoryMoveSchema>;
export type CategoryRetireInput = z.output<typeof categoryRetireSchema>;
export type AttributeInput = z.output<typeof attributeSchema>;
export type RemoveAttributeInput = z.output<typeof removeAttributeSchema>;
