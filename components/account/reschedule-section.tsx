import type { RescheduleOptions } from '@/lib/customer/reschedule';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import type { BookingFormAction } from './action-types';
import { AppointmentRescheduleForm, RentalRescheduleForm, SessionRescheduleForm } from './reschedule-forms';
import { formatLocalDate } from '@/lib/format/date-time';

const dayLabel = (date: string) => formatLocalDate(date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

/** The right way to pick a new time for the booking's kind; the price must stay the same. */
export function RescheduleSection({ options, action, pagePath }: { options: RescheduleOptions; action: BookingFormAction; pagePath: string }) {
  if (options.kind === 'RENTAL') {
    return <RentalRescheduleForm action={action} startLocal={options.startLocal} endLocal={options.endLocal} zoneLabel={options.zoneLabel} />;
  }
  if (options.kind === 'SESSION') {
    return options.choices.length > 0 ? (
      <SessionRescheduleForm action={action} choices={options.choices} />
    ) : (
      <p className="text-sm text-slate-600">There is no other upcoming session with enough free seats right now.</p>
    );
  }
  return (
    <div className="space-y-4">
      {/* A plain GET form: choosing the day reloads this page with that day's free times. */}
      <form method="get" action={`${pagePath}#reschedule`} className="flex flex-wrap items-end gap-2" aria-label="Choose a day">
        <div className="min-w-0 flex-1">
          <Field id="reschedule-date" label="Day">
            <Input id="reschedule-date" name="date" type="date" defaultValue={options.date} min={options.minDate} max={options.maxDate} required />
          </Field>
        </div>
        {options.staff ? (
          <div className="min-w-0 flex-1">
            <Field id="reschedule-staff" label="With">
              <Select id="reschedule-staff" name="staff" defaultValue={options.staff.anyone ? 'any' : 'same'}>
                <option value="same">{options.staff.name} (as booked)</option>
                <option value="any">Anyone available</option>
              </Select>
            </Field>
          </div>
        ) : null}
        <Button type="submit" variant="secondary">
          Show free times
        </Button>
      </form>
      {options.choices.length > 0 ? (
        <AppointmentRescheduleForm
          key={`${options.date}-${options.staff?.anyone ? 'any' : 'same'}`}
          action={action}
          choices={options.choices}
          staff={options.staff?.anyone ? 'any' : 'same'}
          dayLabel={dayLabel(options.date)}
          hint={`Start times of the ${options.durationMinutes}-minute appointment${options.staff && !options.staff.anyone ? ` with ${options.staff.name}` : ''}, local time at the venue (${options.zoneLabel}).`}
        />
      ) : (
        <p className="text-sm text-slate-600" role="status">
          No free times {options.staff && !options.staff.anyone ? `with ${options.staff.name} ` : ''}on {dayLabel(options.date)}. Try another day{options.staff && !options.staff.anyone ? ', or anyone available' : ''}.
        </p>
      )}
    </div>
  );
}
