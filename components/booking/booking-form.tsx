'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { applyServerErrors } from '@/components/forms/server-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bookingFormSchema, type BookingFormInput, type BookingFormValues } from '@/lib/booking/form-schema';
import type { BookingPreview } from '@/lib/booking/preview-booking';
import type { ActionResult } from '@/lib/http/action-result';
import { QuoteSummary } from './quote-summary';
import { StaffAvatar } from './staff-avatar';
import { ViewerZoneNote } from './viewer-zone-note';

export type SessionChoice = { id: string; label: string; seatsLeft: number; bookable: boolean };
export type SlotChoice = { startAt: string; label: string; staffIds: string[] };

type Props = {
  listingId: string;
  /** The day picked in the calendar: picking another loads its times into this same form. */
  day: string | null;
  kind: 'RENTAL' | 'SESSION' | 'APPOINTMENT';
  /** date inputs for day-priced rentals, datetime-local for hourly ones */
  rangeInput: 'date' | 'datetime-local';
  instant: boolean;
  zone: string;
  zoneNote: string;
  maxQuantity: number;
  defaults: { start?: string; end?: string };
  sessions: SessionChoice[];
  slots: SlotChoice[];
  staff: Array<{ id: string; name: string; bio?: string; photoUrl?: string | null }>;
  contact: { name: string; email: string; phone: string } | null;
  preview: (input: unknown) => Promise<ActionResult<BookingPreview>>;
  book: (input: unknown) => Promise<ActionResult<unknown>>;
  addToCart?: (input: unknown) => Promise<ActionResult<unknown>>;
};

/** The booking form: pick the time, see the live quote, book or add to the cart. */
export function BookingForm(props: Props) {
  const { kind, sessions, slots, staff } = props;
  const router = useRouter();
  const form = useForm<BookingFormInput, unknown, BookingFormValues>({
    resolver: zodResolver(bookingFormSchema),
    defaultValues: {
      listingId: props.listingId,
      start: props.defaults.start,
      end: props.defaults.end,
      quantity: 1,
      staffId: '',
      contact: props.contact ?? undefined,
    },
  });
  const { register, handleSubmit, setError, formState, control } = form;
  const { errors, isSubmitting } = formState;
  const values = useWatch({ control });
  const [preview, setPreview] = useState<BookingPreview | null>(null);
  const [cartMessage, setCartMessage] = useState<string | null>(null);
  const [previewPending, startPreview] = useTransition();
  const latest = useRef(0);

  // Another day was picked (a soft navigation brings its times): start over on the time fields only,
  // keeping what the guest typed about themselves.
  const shownDay = useRef(props.day);
  useEffect(() => {
    if (shownDay.current === props.day) return;
    shownDay.current = props.day;
    form.setValue('start', props.defaults.start);
    form.setValue('end', props.defaults.end);
    form.setValue('sessionId', undefined);
    form.setValue('slot', undefined);
    form.clearErrors(['start', 'end', 'sessionId', 'slot']);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of day resets the time fields
  }, [props.day]);

  // Live quote: ask the server (same pricing and availability code as the booking) after a pause.
  const refreshPreview = () => {
    const ticket = ++latest.current;
    startPreview(async () => {
      const result = await props.preview({ ...form.getValues(), contact: undefined });
      if (ticket === latest.current) setPreview(result.ok ? result.data : null);
    });
  };
  const previewKey = JSON.stringify([values.start, values.end, values.sessionId, values.slot, values.quantity, values.promoCode]);
  useEffect(() => {
    const timer = setTimeout(refreshPreview, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- previewKey captures the inputs that change the price
  }, [previewKey]);

  // handleSubmit is called in the event, not during render (refs are read inside).
  const onBook = (event: React.FormEvent<HTMLFormElement>) => handleSubmit(async (submitted) => {
    setCartMessage(null);
    const result = await props.book(submitted);
    if (!result.ok && result.code === 'SLOT_UNAVAILABLE') {
      // Someone else was faster: say so plainly and reload the calendar and pickers.
      applyServerErrors({ ...result, message: `Sorry, this was just taken. ${result.message}` }, setError);
      router.refresh();
      refreshPreview();
      return;
    }
    applyServerErrors(result, setError);
  })(event);

  // The cart needs no contact details yet: validate only the booking's own fields.
  const [addingToCart, setAddingToCart] = useState(false);
  const onAddToCart = async () => {
    if (!props.addToCart) return;
    setCartMessage(null);
    if (!(await form.trigger(['start', 'end', 'sessionId', 'slot', 'staffId', 'quantity', 'notes']))) return;
    setAddingToCart(true);
    const result = await props.addToCart({ ...form.getValues(), contact: undefined });
    setAddingToCart(false);
    if (result.ok) {
      setCartMessage('Added to your cart');
      router.refresh(); // the header's cart count
    } else applyServerErrors(result, setError);
  };

  const chosenStaff = typeof values.staffId === 'string' ? values.staffId : '';
  const visibleSlots = chosenStaff ? slots.filter((slot) => slot.staffIds.includes(chosenStaff)) : slots;
  const describedBy = (name: string, error?: unknown) => ({ 'aria-invalid': !!error, 'aria-describedby': error ? `${name}-error` : undefined });

  return (
    <form method="post" onSubmit={onBook} noValidate className="space-y-4" aria-label="Book">
      <input type="hidden" {...register('listingId')} />
      {errors.root?.server ? <Alert tone="error">{errors.root.server.message}</Alert> : null}
      {cartMessage ? <Alert tone="success">{cartMessage}</Alert> : null}

      {kind === 'RENTAL' ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="start" label="Start" hint={props.rangeInput === 'date' ? 'Pick-up date' : 'Pick-up time'} error={errors.start?.message}>
            <Input id="start" type={props.rangeInput} {...describedBy('start', errors.start)} {...register('start')} />
          </Field>
          <Field id="end" label="End" hint={props.rangeInput === 'date' ? 'Return date' : 'Return time'} error={errors.end?.message}>
            <Input id="end" type={props.rangeInput} {...describedBy('end', errors.end)} {...register('end')} />
          </Field>
        </div>
      ) : null}

      {kind === 'SESSION' ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Session</legend>
          {sessions.length === 0 ? <p className="text-sm text-slate-600">No sessions on this day. Pick another day in the calendar.</p> : null}
          {sessions.map((session) => (
            <label key={session.id} className={`flex items-center gap-3 rounded-lg border px-3 py-2 text-sm ${session.bookable ? 'border-slate-200 bg-white' : 'border-slate-100 bg-slate-50 text-slate-400'}`}>
              <input type="radio" value={session.id} disabled={!session.bookable} {...register('sessionId')} />
              <span>{session.label}</span>
            </label>
          ))}
          {errors.sessionId ? <p className="text-sm text-red-700">{errors.sessionId.message}</p> : null}
        </fieldset>
      ) : null}

      {kind === 'APPOINTMENT' ? (
        <>
          {staff.length > 1 ? (
            // Who gives the service, with their photo and bio (as Cal.com shows hosts); anyone by default.
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Staff member</legend>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {[{ id: '', name: 'Anyone available', bio: 'The first free time with any of the team.', photoUrl: null }, ...staff].map((member) => (
                  <label
                    key={member.id || 'anyone'}
                    className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                  >
                    <input type="radio" value={member.id} className="mt-1" {...register('staffId')} />
                    <StaffAvatar name={member.name} photoUrl={member.photoUrl ?? null} anyone={!member.id} />
                    <span className="min-w-0">
                      <span className="block font-medium">{member.name}</span>
                      {member.bio ? <span className="block text-xs text-slate-600">{member.bio}</span> : null}
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : staff[0]?.bio || staff[0]?.photoUrl ? (
            <div className="flex items-start gap-3 text-sm">
              <StaffAvatar name={staff[0].name} photoUrl={staff[0].photoUrl ?? null} anyone={false} />
              <p className="min-w-0">
                <span className="block font-medium">With {staff[0].name}</span>
                {staff[0].bio ? <span className="block text-xs text-slate-600">{staff[0].bio}</span> : null}
              </p>
            </div>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Time</legend>
            {visibleSlots.length === 0 ? <p className="mt-1 text-sm text-slate-600">No free times on this day. Pick another day in the calendar.</p> : null}
            <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
              {visibleSlots.map((slot) => (
                <label key={slot.startAt} className="flex cursor-pointer items-center justify-center gap-1 rounded-lg border border-slate-200 bg-white px-2 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
                  <input type="radio" className="sr-only" value={slot.startAt} {...register('slot')} />
                  {slot.label}
                </label>
              ))}
            </div>
            {errors.slot ? <p className="text-sm text-red-700">{errors.slot.message}</p> : null}
          </fieldset>
        </>
      ) : null}

      {kind !== 'APPOINTMENT' ? (
        <Field id="quantity" label={kind === 'SESSION' ? 'Seats' : 'Quantity'} hint={`Up to ${props.maxQuantity}`} error={errors.quantity?.message}>
          <Input id="quantity" type="number" min={1} max={props.maxQuantity} inputMode="numeric" {...describedBy('quantity', errors.quantity)} {...register('quantity')} />
        </Field>
      ) : (
        <input type="hidden" value={1} {...register('quantity')} />
      )}

      <Field id="promoCode" label="Promo code (optional)" error={errors.promoCode?.message ?? preview?.promoProblem ?? undefined}>
        <Input id="promoCode" autoComplete="off" autoCapitalize="characters" className="uppercase" {...describedBy('promoCode', errors.promoCode ?? preview?.promoProblem)} {...register('promoCode')} />
      </Field>

      <div aria-live="polite" className="rounded-xl bg-slate-50 p-4">
        {preview?.quote ? <QuoteSummary quote={preview.quote} /> : <p className="text-sm text-slate-600">{previewPending ? 'Calculating the price…' : 'Choose a time to see the price.'}</p>}
        {preview?.problem ? <p className="mt-2 text-sm font-medium text-red-700">{preview.problem}</p> : null}
        {preview?.available != null && !preview.problem ? (
          <p className="mt-2 text-sm text-emerald-800">{kind === 'SESSION' ? `${preview.available} seats left` : `${preview.available} available`}</p>
        ) : null}
        <p className="mt-2 text-xs text-slate-500">
          {props.zoneNote}
          <ViewerZoneNote listingZone={props.zone} />
        </p>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Your details</legend>
        <Field id="contact-name" label="Your name" error={errors.contact?.name?.message}>
          <Input id="contact-name" autoComplete="name" {...describedBy('contact-name', errors.contact?.name)} {...register('contact.name')} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="contact-email" label="Email" error={errors.contact?.email?.message}>
            <Input id="contact-email" type="email" autoComplete="email" {...describedBy('contact-email', errors.contact?.email)} {...register('contact.email')} />
          </Field>
          <Field id="contact-phone" label="Phone" hint="Required: the business calls you if plans change." error={errors.contact?.phone?.message}>
            <Input id="contact-phone" type="tel" autoComplete="tel" aria-required="true" {...describedBy('contact-phone', errors.contact?.phone)} {...register('contact.phone')} />
          </Field>
        </div>
        <Field id="notes" label="Notes for the business (optional)">
          <textarea id="notes" rows={2} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" {...register('notes')} />
        </Field>
      </fieldset>

      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" disabled={isSubmitting} aria-busy={isSubmitting} className="flex-1">
          {isSubmitting ? 'Booking…' : props.instant ? 'Book now' : 'Request to book'}
        </Button>
        {props.addToCart ? (
          <Button type="button" variant="secondary" disabled={isSubmitting || addingToCart} aria-busy={addingToCart} onClick={onAddToCart} className="flex-1">
            {addingToCart ? 'Adding…' : 'Add to cart'}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
