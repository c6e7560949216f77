import type { ReactNode } from 'react';

const tones = {
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  bad: 'bg-red-50 text-red-800 ring-red-200',
  wait: 'bg-amber-50 text-amber-900 ring-amber-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-200',
} as const;

export function Badge({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}>{children}</span>;
}

export function VendorStatusBadge({ status }: { status: 'ACTIVE' | 'SUSPENDED' }) {
  return status === 'ACTIVE' ? <Badge tone="good">Active</Badge> : <Badge tone="bad">Suspended</Badge>;
}

const STATUS_TONES: Record<string, keyof typeof tones> = {
  SUCCEEDED: 'good',
  SENT: 'good',
  DEAD: 'bad',
  DONE: 'good',
  PENDING: 'wait',
  FAILED: 'bad',
  CANCELLED: 'neutral',
};

/** Payment, outbox and delivery statuses. */
export function ProcessingBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? 'neutral'}>{status.toLowerCase()}</Badge>;
}
