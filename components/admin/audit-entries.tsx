import type { AuditLog } from '@/lib/generated/prisma/client';
import { Instant, JsonView } from './list-parts';

/** An entity's audit entries, newest first, read-only. */
export function AuditEntries({ entries }: { entries: AuditLog[] }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No operator actions yet.</p>;
  return (
    <ol className="divide-y divide-slate-100 text-sm">
      {entries.map((e) => (
        <li key={e.id} className="space-y-1 py-2">
          <p>
            <span className="font-mono text-xs font-semibold">{e.action}</span> · <Instant at={e.createdAt} />
          </p>
          <p className="text-slate-700">Reason: {e.reason}</p>
          <JsonView value={e.data} summary="What changed" />
        </li>
      ))}
    </ol>
  );
}
