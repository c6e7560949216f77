import type { BookingStatus } from '@/lib/generated/prisma/enums';

const styles: Record<BookingStatus, string> = {
  REQUESTED: 'bg-amber-100 text-amber-900',
  AWAITING_PAYMENT: 'bg-orange-100 text-orange-900',
  CONFIRMED: 'bg-emerald-100 text-emerald-900',
  CHECKED_IN: 'bg-sky-100 text-sky-900',
  COMPLETED: 'bg-slate-200 text-slate-800',
  CANCELLED: 'bg-red-100 text-red-900',
  DECLINED: 'bg-red-100 text-red-900',
  EXPIRED: 'bg-slate-200 text-slate-700',
};

const labels: Record<BookingStatus, string> = {
  REQUESTED: 'Requested',
  AWAITING_PAYMENT: 'Awaiting payment',
  CONFIRMED: 'Confirmed',
  CHECKED_IN: 'Checked in',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  DECLINED: 'Declined',
  EXPIRED: 'Expired',
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>{labels[status]}</span>;
}
