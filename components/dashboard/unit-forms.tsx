'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { addUnitAction, updateUnitAction } from '@/lib/actions/business/inventory';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { addUnitSchema, updateUnitSchema } from '@/lib/business/inventory-schemas';

/** Adds a unit (plate, serial, desk number) to a rental listing. */
export function AddUnitForm({ listingId }: { listingId: string }) {
  const router = useRouter();
  const { register, handleSubmit, setError, reset, formState } = useForm<z.input<typeof addUnitSchema>, unknown, z.output<typeof addUnitSchema>>({
    resolver: zodResolver(addUnitSchema),
    defaultValues: { listingId, code: '', name: '', active: true },
  });
  const { errors, isSubmitting } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const result = await addUnitAction(values);
    applyServerErrors(result, setError);
    if (result.ok) {
      reset();
      router.refresh();
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      <div className="flex flex-wrap items-start gap-3">
        <div>
          <label htmlFor="unit-code" className="block text-sm font-medium text-slate-800">
            Unit code
          </label>
          <Input id="unit-code" placeholder="Plate, serial, desk no." aria-invalid={!!errors.code} {...register('code')} />
          {errors.code ? <p role="alert" className="text-sm text-red-700">{errors.code.message}</p> : null}
        </div>
        <div>
          <label htmlFor="unit-name" className="block text-sm font-medium text-slate-800">
            Unit name (optional)
          </label>
          <Input id="unit-name" {...register('name')} />
        </div>
        <Button type="submit" disabled={isSubmitting} className="mt-6">
          Add unit
        </Button>
      </div>
    </form>
  );
}

/** One unit's row: rename, recode, (de)activate. */
export function UnitRow({ unit }: { unit: { id: string; code: string; name: string | null; active: boolean } }) {
  const router = useRouter();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof updateUnitSchema>, unknown, z.output<typeof updateUnitSchema>>({
    resolver: zodResolver(updateUnitSchema),
    defaultValues: { unitId: unit.id, code: unit.code, name: unit.name ?? '', active: unit.active },
  });
  const { errors, isSubmitting, isDirty } = formState;
  const onSubmit = handleSubmit(async (values) => {
    const result = await updateUnitAction(values);
    applyServerErrors(result, setError);
    if (result.ok) router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-center gap-3 py-2" aria-label={`Unit ${unit.code}`}>
      <Input aria-label="Code" className="w-40" aria-invalid={!!errors.code} {...register('code')} />
      <Input aria-label="Name" className="w-56" {...register('name')} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" {...register('active')} /> Active
      </label>
      <Button type="submit" variant="secondary" disabled={isSubmitting || !isDirty}>
        Save
      </Button>
      {errors.code || errors.root?.server ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {errors.code?.message ?? errors.root?.server?.message}
        </p>
      ) : null}
    </form>
  );
}
