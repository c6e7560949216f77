'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { bookingFormFields } from '@/lib/booking/form-data';
import type { BookingPreview } from '@/lib/booking/preview-booking';
import type { ActionResult } from '@/lib/http/action-result';
import { QuoteSummary } from './quote-summary';
import { StaffAvatar } from './staff-avatar';
import { ViewerZoneNote } from './viewer-zone-note';

export type SessionChoice = { id: string; label: string; seatsLeft: number; bookable: boolean };
export type SlotChoice = { startAt: string; label: string; staffIds: string[] };
type FormState = ActionResult<'cart'> | null;

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
  /** Books, or adds to the cart when the "Add to cart" button sent the form (a server action). */
  submit: (previous: FormState, formData: FormData) => Promise<FormState>;
  cart: boolean;
};

const TIME_FIELDS = ['start', 'end', 'sessionId', 'slot'];
const PRICED_FIELDS = [...TIME_FIELDS, 'quantity', 'staffId', 'promoCode'];

/**
 * The booking form: pick the time, see the live quote, book or add to the cart. A plain HTML form
 * posting to a server action (it works before the JavaScript has loaded); the server validates.
 */
export function BookingForm(props: Props) {
  const { kind, sessions, slots, staff } = props;
  const router = useRouter();
  const [state, submit, submitting] = useActionState(props.submit, null);
  const [intent, setIntent] = useState<'book' | 'cart'>('book');
  const [staffId, setStaffId] = useState('');
  const [preview, setPreview] = useState<BookingPreview | null>(null);
  const [previewPending, startPreview] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Errors about the time belong to the day they were made on; another day starts clean.
  const [errorDay, setErrorDay] = useState(props.day);

  // Live quote: ask the server (same pricing and availability code as the booking) after a pause.
  const refreshPreview = () => {
    if (!form.current) return;
    const values = bookingFormFields(new FormData(form.current));
    const ticket = ++latest.current;
    startPreview(async () => {
      const result = await props.preview({ ...values, contact: undefined });
      if (ticket === latest.current) setPreview(result.ok ? result.data : null);
    });
  };
  const schedulePreview = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refreshPreview, 250);
  };
  // On load and when another day was picked (its time fields are new).
  useEffect(() => {
    schedulePreview();
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of day reloads the quote
  }, [props.day]);

  // Someone else was faster: reload the calendar, the pickers and the quote.
  useEffect(() => {
    if (state && !state.ok && state.code === 'SLOT_UNAVAILABLE') {
      router.refresh();
      schedulePreview();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reacts to a new answer only
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    // Sent by script, the form keeps what was typed (a form action would reset it).
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setIntent(submitter?.getAttribute('value') === 'cart' ? 'cart' : 'book');
    setErrorDay(props.day);
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => submit(data));
  };

  const failed = state && !state.ok ? state : null;
  const error = (name: string) => (failed && (errorDay === props.day || !TIME_FIELDS.includes(name)) ? failed.fieldErrors?.[name]?.[0] : undefined);
  const describedBy = (name: string, id = name) => ({ 'aria-invalid': !!error(name), 'aria-describedby': error(name) ? `${id}-error` : undefined });
  const visibleSlots = staffId ? slots.filter((slot) => slot.staffIds.includes(staffId)) : slots;
  const contact = props.contact;

  return (
    <form
      ref={form}
      action={submit}
      onSubmit={onSubmit}
      onChange={(event) => PRICED_FIELDS.includes((event.target as EventTarget as HTMLInputElement).name) && schedulePreview()}
      noValidate
      className="space-y-4"
      aria-label="Book"
    >
      <input type="hidden" name="listingId" value={props.listingId} />
      {failed ? <Alert tone="error">{failed.message}</Alert> : null}
      {state?.ok ? <Alert tone="success">Added to your cart</Alert> : null}

      {/* One block per day: picking another day starts its time fields over from that day's defaults. */}
      <div key={props.day ?? 'none'} className="space-y-4">
        {kind === 'RENTAL' ? (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id="start" label="Start" hint={props.rangeInput === 'date' ? 'Pick-up date' : 'Pick-up time'} error={error('start')}>
              <Input id="start" name="start" type={props.rangeInput} defaultValue={props.defaults.start} {...describedBy('start')} />
            </Field>
            <Field id="end" label="End" hint={props.rangeInput === 'date' ? 'Return date' : 'Return time'} error={error('end')}>
              <Input id="end" name="end" type={props.rangeInput} defaultValue={props.defaults.end} {...describedBy('end')} />
            </Field>
          </div>
        ) : null}

        {kind === 'SESSION' ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Session</legend>
            {sessions.length === 0 ? <p className="text-sm text-slate-600">No sessions on this day. Pick another day in the calendar.</p> : null}
            {sessions.map((session) => (
              <label key={session.id} className={`flex items-center gap-3 rounded-lg border px-3 py-2 text-sm ${session.bookable ? 'border-slate-200 bg-white' : 'border-slate-100 bg-slate-50 text-slate-400'}`}>
                <input type="radio" name="sessionId" value={session.id} disabled={!session.bookable} />
                <span>{session.label}</span>
              </label>
            ))}
            {error('sessionId') ? <p className="text-sm text-red-700">{error('sessionId')}</p> : null}
          </fieldset>
        ) : null}
      </div>

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
                    <input type="radio" name="staffId" value={member.id} defaultChecked={!member.id} onChange={() => setStaffId(member.id)} className="mt-1" />
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
          <fieldset key={`${props.day}-${staffId}`}>
            <legend className="text-sm font-medium text-slate-800">Time</legend>
            {visibleSlots.length === 0 ? <p className="mt-1 text-sm text-slate-600">No free times on this day. Pick another day in the calendar.</p> : null}
            <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-4">
              {visibleSlots.map((slot) => (
                <label key={slot.startAt} className="flex cursor-pointer items-center justify-center gap-1 rounded-lg border border-slate-200 bg-white px-2 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
                  <input type="radio" name="slot" className="sr-only" value={slot.startAt} />
                  {slot.label}
                </label>
              ))}
            </div>
            {error('slot') ? <p className="text-sm text-red-700">{error('slot')}</p> : null}
          </fieldset>
        </>
      ) : null}

      {kind !== 'APPOINTMENT' ? (
        <Field id="quantity" label={kind === 'SESSION' ? 'Seats' : 'Quantity'} hint={`Up to ${props.maxQuantity}`} error={error('quantity')}>
          <Input id="quantity" name="quantity" type="number" min={1} max={props.maxQuantity} inputMode="numeric" defaultValue={1} {...describedBy('quantity')} />
        </Field>
      ) : (
        <input type="hidden" name="quantity" value={1} />
      )}

      <Field id="promoCode" label="Promo code (optional)" error={error('promoCode') ?? preview?.promoProblem ?? undefined}>
        <Input id="promoCode" name="promoCode" autoComplete="off" autoCapitalize="characters" className="uppercase" aria-invalid={!!(error('promoCode') ?? preview?.promoProblem)} aria-describedby={error('promoCode') ?? preview?.promoProblem ? 'promoCode-error' : undefined} />
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
        <Field id="contact-name" label="Your name" error={error('contact.name')}>
          <Input id="contact-name" name="contact.name" autoComplete="name" defaultValue={contact?.name} {...describedBy('contact.name', 'contact-name')} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="contact-email" label="Email" error={error('contact.email')}>
            <Input id="contact-email" name="contact.email" type="email" autoComplete="email" defaultValue={contact?.email} {...describedBy('contact.email', 'contact-email')} />
          </Field>
          <Field id="contact-phone" label="Phone" hint="Required: the business calls you if plans change." error={error('contact.phone')}>
            <Input id="contact-phone" name="contact.phone" type="tel" autoComplete="tel" aria-required="true" defaultValue={contact?.phone} {...describedBy('contact.phone', 'contact-phone')} />
          </Field>
        </div>
        <Field id="notes" label="Notes for the business (optional)" error={error('notes')}>
          <textarea id="notes" name="notes" rows={2} className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-sm" />
        </Field>
      </fieldset>

      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="submit" name="intent" value="book" disabled={submitting} aria-busy={submitting && intent === 'book'} className="flex-1">
          {submitting && intent === 'book' ? 'Booking…' : props.instant ? 'Book now' : 'Request to book'}
        </Button>
        {props.cart ? (
          <Button type="submit" name="intent" value="cart" variant="secondary" disabled={submitting} aria-busy={submitting && intent === 'cart'} className="flex-1">
            {submitting && intent === 'cart' ? 'Adding…' : 'Add to cart'}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
