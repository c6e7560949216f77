'use client';

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import type { createListingSchema } from '@/lib/business/listing-schemas';

type Input = z.input<typeof createListingSchema>;

/** Partial refunds after the free-cancellation window: "at least N hours before the start → P % back". */
export function RefundTiersEditor({ control, register, errors }: { control: Control<Input, unknown, z.output<typeof createListingSchema>>; register: UseFormRegister<Input>; errors: FieldErrors<Input> }) {
  const tiers = useFieldArray({ control, name: 'refundTiers' });
  const rootError = errors.refundTiers?.message ?? errors.refundTiers?.root?.message;
  return (
    <div className="space-y-3" role="group" aria-labelledby="refund-tiers-title">
      <div>
        <p id="refund-tiers-title" className="text-sm font-medium text-slate-800">
          Refunds after the free window
        </p>
        <p className="text-xs text-slate-500">
          Each step gives a partial refund when the customer cancels at least that many hours before the start. Saved from the earliest step; none: no refund after
          the free window.
        </p>
      </div>
      {rootError ? (
        <p className="text-sm text-red-700" role="alert">
          {rootError}
        </p>
      ) : null}
      {tiers.fields.length > 0 ? (
        <ol className="space-y-2" aria-label="Refund steps">
          {tiers.fields.map((tier, index) => {
            const rowErrors = errors.refundTiers?.[index];
            const message = rowErrors?.hoursBefore?.message ?? rowErrors?.refundPercent?.message;
            return (
              <li key={tier.id} className="space-y-1">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <label htmlFor={`refundTiers.${index}.hoursBefore`}>At least</label>
                  <Input
                    id={`refundTiers.${index}.hoursBefore`}
                    type="number"
                    min={0}
                    className="w-24"
                    aria-invalid={!!rowErrors?.hoursBefore}
                    aria-describedby={message ? `refundTiers-${index}-error` : undefined}
                    {...register(`refundTiers.${index}.hoursBefore`)}
                  />
                  <label htmlFor={`refundTiers.${index}.refundPercent`}>hours before the start: refund (%)</label>
                  <Input
                    id={`refundTiers.${index}.refundPercent`}
                    type="number"
                    min={0}
                    max={100}
                    className="w-24"
                    aria-invalid={!!rowErrors?.refundPercent}
                    aria-describedby={message ? `refundTiers-${index}-error` : undefined}
                    {...register(`refundTiers.${index}.refundPercent`)}
                  />
                  <Button type="button" variant="ghost" onClick={() => tiers.remove(index)} aria-label={`Remove refund step ${index + 1}`}>
                    Remove
                  </Button>
                </div>
                {message ? (
                  <p id={`refundTiers-${index}-error`} className="text-sm text-red-700" role="alert">
                    {message}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button type="button" variant="secondary" onClick={() => tiers.append({ hoursBefore: '', refundPercent: '50' })} disabled={tiers.fields.length >= 10}>
        Add a refund step
      </Button>
    </div>
  );
}
