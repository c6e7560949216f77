import { Photo } from '@/components/ui/photo';

/** A staff member's round photo, or their initial (a group sign for "anyone") when there is none. */
export function StaffAvatar({ name, photoUrl, anyone }: { name: string; photoUrl: string | null; anyone: boolean }) {
  if (photoUrl) {
    return <Photo src={photoUrl} alt="" width={40} height={40} className="h-10 w-10 shrink-0 rounded-full object-cover" />;
  }
  return (
    <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-slate-100 font-semibold text-slate-600">
      {anyone ? '∗' : name.trim().charAt(0).toUpperCase() || '?'}
    </span>
  );
}
