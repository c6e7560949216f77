import type { ListingStatus } from '@/lib/generated/prisma/enums';

const styles: Record<ListingStatus, string> = {
  DRAFT: 'bg-slate-200 text-slate-800',
  PUBLISHED: 'bg-emerald-100 text-emerald-900',
  UNPUBLISHED: 'bg-amber-100 text-amber-900',
  ARCHIVED: 'bg-slate-100 text-slate-600',
};

export function ListingStatusBadge({ status }: { status: ListingStatus }) {
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[status]}`}>{status.charAt(0) + status.slice(1).toLowerCase()}</span>;
}
