/** The loading state for route segments (used by their loading.tsx). */
export function PageLoading({ label = 'Loading…', tall = false }: { label?: string; tall?: boolean }) {
  // tall: holds the room of the page it stands for, so the footer does not jump when it arrives.
  return (
    <div role="status" aria-live="polite" className={`flex gap-3 py-16 text-slate-600 ${tall ? 'min-h-screen items-start' : 'items-center'}`}>
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
      {label}
    </div>
  );
}
