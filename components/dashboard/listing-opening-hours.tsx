'use client';

import { useFieldArray, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { WEEKDAYS, type createListingSchema } from '@/lib/business/listing-schemas';

type Input = z.input<typeof createListingSchema>;
type Props = { control: Control<Input, unknown, z.output<typeof createListingSchema>>; register: UseFormRegister<Input>; errors: FieldErrors<Input> };

/** Rentals: always open, or weekly hours in the listing's zone; bookings must start and end inside them. */
export function OpeningHoursEditor({ control, register, errors, zone }: Props & { zone: string }) {
  const limited = useWatch({ control, name: 'openingHours.limited' });
  const daysError = errors.openingHours?.days?.message ?? errors.openingHours?.days?.root?.message ?? errors.openingHours?.message;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">Opening hours</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('openingHours.limited')} /> Only bookable during opening hours (times in {zone})
      </label>
      {limited ? (
        <div className="space-y-3">
          {daysError ? (
            <p className="text-sm text-red-700" role="alert">
              {daysError}
            </p>
          ) : null}
          {WEEKDAYS.map((name, index) => (
            <OpeningDay key={name} index={index} control={control} register={register} errors={errors} />
          ))}
        </div>
      ) : (
        <p className="text-sm text-slate-600">Always open: customers can pick any start and end time.</p>
      )}
    </fieldset>
  );
}

function OpeningDay({ index, control, register, errors }: Props & { index: number }) {
  const name = WEEKDAYS[index]!;
  const open = useWatch({ control, name: `openingHours.days.${index}.open` });
  const ranges = useFieldArray({ control, name: `openingHours.days.${index}.ranges` });
  const dayErrors = errors.openingHours?.days?.[index];
  const dayError = dayErrors?.ranges?.message ?? dayErrors?.ranges?.root?.message;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3" role="group" aria-label={name}>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          {...register(`openingHours.days.${index}.open`, {
            onChange: (event: { target: { checked: boolean } }) => {
              if (event.target.checked && ranges.fields.length === 0) ranges.append({ from: '09:00', to: '18:00' });
            },
          })}
        />
        Open on {name}
      </label>
      {open ? (
        <>
          {ranges.fields.map((range, rangeIndex) => {
            const error = dayErrors?.ranges?.[rangeIndex]?.to?.message ?? dayErrors?.ranges?.[rangeIndex]?.from?.message;
            return (
              <div key={range.id} className="flex flex-wrap items-center gap-2 text-sm">
                <Input aria-label={`${name} opens`} type="time" className="w-32" aria-invalid={!!error} {...register(`openingHours.days.${index}.ranges.${rangeIndex}.from`)} />
                <span aria-hidden="true">–</span>
                <Input aria-label={`${name} closes`} type="time" className="w-32" aria-invalid={!!error} {...register(`openingHours.days.${index}.ranges.${rangeIndex}.to`)} />
                <Button type="button" variant="ghost" onClick={() => ranges.remove(rangeIndex)} aria-label={`Remove ${name} hours ${rangeIndex + 1}`}>
                  Remove
                </Button>
                {error ? (
                  <p className="w-full text-sm text-red-700" role="alert">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
          {dayError ? (
            <p className="text-sm text-red-700" role="alert">
              {dayError}
            </p>
          ) : null}
          <Button type="button" variant="secondary" onClick={() => ranges.append({ from: '13:00', to: '18:00' })} disabled={ranges.fields.length >= 6}>
            Add hours on {name}
          </Button>
        </>
      ) : (
        <p className="text-sm text-slate-600">Closed</p>
      )}
    </div>
  );
}
