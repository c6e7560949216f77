export function Rating({ average, count }: { average: number; count: number }) {
  if (count === 0) return <span className="text-xs text-slate-500">New</span>;
  return (
    <span className="text-sm text-slate-700">
      <span aria-hidden="true">★ </span>
      <span className="sr-only">Rated </span>
      {average.toFixed(1)}
      <span className="sr-only"> out of 5,</span> <span className="text-slate-500">({count} {count === 1 ? 'review' : 'reviews'})</span>
    </span>
  );
}
