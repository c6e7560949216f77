import type { CalendarStatus } from '@/lib/business/calendar';

// Each status has a colour AND its name on every booking, so colour is never the only signal.
export const CALENDAR_STATUS_STYLES: Record<CalendarStatus, { label: string; chip: string; swatch: string }> = {
  REQUESTED: { label: 'Requested', chip: 'border-l-amber-500 bg-amber-50 text-amber-950', swatch: 'bg-amber-500' },
  AWAITING_PAYMENT: { label: 'Awaiting payment', chip: 'border-l-orange-500 bg-orange-50 text-orange-950', swatch: 'bg-orange-500' },
  CONFIRMED: { label: 'Confirmed', chip: 'border-l-emerald-600 bg-emerald-50 text-emerald-950', swatch: 'bg-emerald-600' },
  CHECKED_IN: { label: 'Checked in', chip: 'border-l-sky-600 bg-sky-50 text-sky-950', swatch: 'bg-sky-600' },
  COMPLETED: { label: 'Completed', chip: 'border-l-slate-400 bg-slate-100 text-slate-600', swatch: 'bg-slate-400' },
};

export function CalendarLegend() {
  return (
    <ul aria-label="Status colours" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {Object.entries(CALENDAR_STATUS_STYLES).map(([status, style]) => (
        <li key={status} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm ${style.swatch}`} />
          {style.label}
        </li>
      ))}
    </ul>
  );
}
