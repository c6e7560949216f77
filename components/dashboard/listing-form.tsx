'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { createListingAction, updateListingAction } from '@/lib/actions/business/listings';
import { OpeningHoursEditor } from '@/components/dashboard/listing-opening-hours';
import { RefundTiersEditor } from '@/components/dashboard/listing-refund-tiers';
import { applyServerErrors } from '@/components/forms/server-errors';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, inputClass } from '@/components/ui/field';
import { slugify } from '@/lib/auth/schemas';
import { joinAttributeText, splitAttributeText, type AttributeDefinition } from '@/lib/catalog/category-attributes';
import { CategoryAttributeFields } from './category-attribute-fields';
import { BOOKING_MODES, DEPOSIT_TYPES, FEE_PER, LISTING_KINDS, PAYMENT_MODES, PRICING_UNITS, WEEKDAYS, createListingSchema } from '@/lib/business/listing-schemas';

type Input = z.input<typeof createListingSchema>;
type Output = z.output<typeof createListingSchema>;
type Category = { id: string; name: string; kind: string; attributes: AttributeDefinition[] };

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');
const KIND_LABELS = { RENTAL: 'Rental (units by time)', SESSION: 'Session (dated seats)', APPOINTMENT: 'Appointment (with staff)' } as const;
const PAYMENT_LABELS = { NONE: 'Pay on site', ONLINE_FULL: 'Full payment online', ONLINE_DEPOSIT: 'Deposit online, rest on site', MANUAL: 'Bank transfer (verified manually)' } as const;

/** One form for creating and editing a listing; it validates with the schema the server uses. */
/** The zones offered for the listing's own time zone; `business` is the vendor's, used when none is chosen. */
export type ZoneOptions = { business: string; zones: string[] };

export function ListingForm({ categories, currency, zones, listingId, defaultValues }: { categories: Category[]; currency: string; zones: ZoneOptions; listingId?: string; defaultValues?: Input }) {
  const editing = Boolean(listingId);
  // The chosen category's template attributes get their own controls; the text keeps the others.
  const [initial] = useState(() => splitAttributeText(String(defaultValues?.attributes ?? ''), categories.find((c) => c.id === defaultValues?.categoryId)?.attributes ?? []));
  const [templateValues, setTemplateValues] = useState<Record<string, string>>(initial.values);
  const { register, control, handleSubmit, setError, formState } = useForm<Input, unknown, Output>({
    resolver: zodResolver(createListingSchema),
    defaultValues: defaultValues ? { ...defaultValues, attributes: initial.rest } : { kind: 'RENTAL', categoryId: '', pricingUnit: 'DAY', bookingMode: 'INSTANT', paymentMode: 'NONE', depositType: 'NONE', depositValue: '0', taxRatePercent: '0', fees: [], freeCancellationHours: '24', requestExpiryHours: '48', slotIntervalMinutes: '30', leadTimeMinutes: '0', maxAdvanceDays: '365', maxQuantityPerBooking: '1', bufferBeforeMinutes: '0', bufferAfterMinutes: '0', refundTiers: [], timeZone: '', openingHours: { limited: false, days: WEEKDAYS.map(() => ({ open: false, ranges: [] })) } },
  });
  const fees = useFieldArray({ control, name: 'fees' });
  const [saved, setSaved] = useState(false);
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const depositType = useWatch({ control, name: 'depositType' });
  const listingZone = useWatch({ control, name: 'timeZone' }) || zones.business;
  const categoryId = useWatch({ control, name: 'categoryId' });
  const category = categories.find((c) => c.id === categoryId);
  const template = category?.attributes ?? [];
  const suggestedSlug = slugify(useWatch({ control, name: 'title' }) ?? '');

  const onSubmit = handleSubmit(async (parsed) => {
    setSaved(false);
    const values = { ...parsed, attributes: joinAttributeText(parsed.attributes, templateValues, template) };
    const result = listingId ? await updateListingAction({ ...values, listingId }) : await createListingAction(values);
    applyServerErrors(result, setError);
    if (result.ok) setSaved(true);
  });
  const aria = (name: string, error?: { message?: string }) => ({ 'aria-invalid': !!error, 'aria-describedby': error ? `${name}-error` : undefined });
  const number = (name: keyof Input, text: string, hint?: string, step = '1') => (
    <Field id={name} label={text} hint={hint} error={(errors[name] as { message?: string } | undefined)?.message}>
      <Input id={name} type="number" inputMode="decimal" step={step} {...aria(name, errors[name] as { message?: string })} {...register(name)} />
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {saved ? <Alert tone="success">Changes saved.</Alert> : null}

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Basics</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {editing ? (
            <div className="space-y-1 text-sm">
              <p className="font-medium text-slate-800">Kind</p>
              <p className="py-2 text-slate-700">{KIND_LABELS[kind]}</p>
              <input type="hidden" {...register('kind')} />
            </div>
          ) : (
            <Field id="kind" label="Kind" error={errors.kind?.message}>
              <Select id="kind" {...register('kind')}>
                {LISTING_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {KIND_LABELS[value]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <Field id="categoryId" label="Category" error={errors.categoryId?.message}>
            <Select id="categoryId" {...aria('categoryId', errors.categoryId)} {...register('categoryId')}>
              <option value="">Choose…</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field id="title" label="Title" error={errors.title?.message}>
          <Input id="title" {...aria('title', errors.title)} {...register('title')} />
        </Field>
        <Field id="slug" label="Address" hint="Part of the listing's link on your storefront. Leave empty to make it from the title." error={errors.slug?.message}>
          <Input id="slug" placeholder={suggestedSlug} {...aria('slug', errors.slug)} {...register('slug')} />
        </Field>
        <Field id="summary" label="Summary" hint="One line shown on cards." error={errors.summary?.message}>
          <Input id="summary" {...register('summary')} />
        </Field>
        <Field id="description" label="Description" error={errors.description?.message}>
          <textarea id="description" rows={5} className={inputClass} {...register('description')} />
        </Field>
        {kind === 'APPOINTMENT' ? null : (
        <Field id="timeZone" label="Time zone" hint="Times, opening hours and sessions of this listing are in this zone." error={errors.timeZone?.message}>
          <Select id="timeZone" {...aria('timeZone', errors.timeZone)} {...register('timeZone')}>
            <option value="">Same as business ({zones.business})</option>
            {zones.zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </Select>
        </Field>
        )}
        {category ? <CategoryAttributeFields categoryName={category.name} definitions={template} values={templateValues} onChange={(name, value) => setTemplateValues((current) => ({ ...current, [name]: value }))} /> : null}
        <Field id="attributes" label={template.length ? 'Other attributes' : 'Attributes'} hint='One "name: value" per line, e.g. "seats: 5". Customers can filter by them.' error={errors.attributes?.message}>
          <textarea id="attributes" rows={3} className={inputClass} {...aria('attributes', errors.attributes)} {...register('attributes')} />
        </Field>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Location</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="address" label="Street address" error={errors.address?.message}>
            <Input id="address" {...register('address')} />
          </Field>
          <Field id="city" label="City" error={errors.city?.message}>
            <Input id="city" {...register('city')} />
          </Field>
          <Field id="country" label="Country code" hint="Two letters, e.g. PT." error={errors.country?.message}>
            <Input id="country" maxLength={2} {...aria('country', errors.country)} {...register('country')} />
          </Field>
          <div className="grid grid-cols-2 gap-4">
            {number('latitude', 'Latitude', undefined, 'any')}
            {number('longitude', 'Longitude', undefined, 'any')}
          </div>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Price ({currency})</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="pricingUnit" label="Priced per" error={errors.pricingUnit?.message}>
            <Select id="pricingUnit" {...register('pricingUnit')}>
              {PRICING_UNITS.map((value) => (
                <option key={value} value={value}>
                  {label(value)}
                </option>
              ))}
            </Select>
          </Field>
          {number('price', 'Price', `In ${currency}, e.g. 45.50.`, '0.01')}
          {number('taxRatePercent', 'Tax rate (%)', 'Added on top of the price.', '0.01')}
          <Field id="depositType" label="Deposit" error={errors.depositType?.message}>
            <Select id="depositType" {...register('depositType')}>
              {DEPOSIT_TYPES.map((value) => (
                <option key={value} value={value}>
                  {value === 'NONE' ? 'No deposit' : value === 'PERCENT' ? 'Percent of total' : `Fixed amount (${currency})`}
                </option>
              ))}
            </Select>
          </Field>
          {number('weeklyDiscountPercent', 'Weekly discount (%)', 'Off the price for 7 days or more. Empty: none.')}
          {number('monthlyDiscountPercent', 'Monthly discount (%)', 'Off the price for 28 days or more. Empty: none.')}
          {depositType !== 'NONE' ? number('depositValue', depositType === 'PERCENT' ? 'Deposit (%)' : `Deposit (${currency})`, undefined, '0.01') : null}
        </div>
        <div className="space-y-3">
          <p className="text-sm font-medium text-slate-800">Fees</p>
          {fees.fields.map((fee, index) => (
            <div key={fee.id} className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
              <Field id={`fees.${index}.label`} label="Fee name" error={errors.fees?.[index]?.label?.message}>
                <Input id={`fees.${index}.label`} {...register(`fees.${index}.label`)} />
              </Field>
              <Field id={`fees.${index}.amount`} label={`Amount (${currency})`} error={errors.fees?.[index]?.amount?.message}>
                <Input id={`fees.${index}.amount`} type="number" step="0.01" {...register(`fees.${index}.amount`)} />
              </Field>
              <Field id={`fees.${index}.per`} label="Charged per">
                <Select id={`fees.${index}.per`} {...register(`fees.${index}.per`)}>
                  {FEE_PER.map((value) => (
                    <option key={value} value={value}>
                      {label(value)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button type="button" variant="ghost" onClick={() => fees.remove(index)}>
                Remove
              </Button>
            </div>
          ))}
          <Button type="button" variant="secondary" onClick={() => fees.append({ label: '', amount: '0', per: 'BOOKING' })}>
            Add a fee
          </Button>
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Booking policy</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="bookingMode" label="Booking" error={errors.bookingMode?.message}>
            <Select id="bookingMode" {...register('bookingMode')}>
              {BOOKING_MODES.map((value) => (
                <option key={value} value={value}>
                  {value === 'INSTANT' ? 'Instant booking' : 'Request to book'}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="paymentMode" label="Payment" error={errors.paymentMode?.message}>
            <Select id="paymentMode" {...register('paymentMode')}>
              {PAYMENT_MODES.map((value) => (
                <option key={value} value={value}>
                  {PAYMENT_LABELS[value]}
                </option>
              ))}
            </Select>
          </Field>
          {number('holdMinutes', 'Hold (minutes)', 'How long an unpaid booking holds its place. Empty: 30, or the business’s time to pay by transfer.')}
          {number('freeCancellationHours', 'Free cancellation (hours before)')}
          {number('requestExpiryHours', 'Answer requests within (hours)')}
          {number('minDurationMinutes', 'Minimum duration (minutes)')}
          {number('maxDurationMinutes', 'Maximum duration (minutes)')}
          {number('leadTimeMinutes', 'Lead time (minutes)', 'How soon before the start people can book.')}
          {number('maxAdvanceDays', 'Book at most (days ahead)')}
          {number('maxQuantityPerBooking', 'Max quantity per booking')}
        </div>
        <RefundTiersEditor control={control} register={register} errors={errors} />
      </fieldset>

      {kind === 'RENTAL' ? <OpeningHoursEditor control={control} register={register} errors={errors} zone={listingZone} /> : null}

      {kind === 'APPOINTMENT' ? (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">Service</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {number('durationMinutes', 'Duration (minutes)')}
            {number('bufferBeforeMinutes', 'Buffer before (minutes)')}
            {number('bufferAfterMinutes', 'Buffer after (minutes)')}
            {number('slotIntervalMinutes', 'Start times every (minutes)')}
          </div>
        </fieldset>
      ) : null}

      <SubmitButton pending={isSubmitting} pendingText="Saving…">
        {editing ? 'Save changes' : 'Create listing'}
      </SubmitButton>
    </form>
  );
}
