import { Card } from '@/components/ui/card';

type GuestBooking = {
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  notes: string | null;
  quantity: number;
  allocations: Array<{ seats: number | null; unit: { code: string } | null; staff: { name: string } | null; session: unknown }>;
};

/** Who booked, how to reach them, their notes and what the booking holds: the business's and the operator's view. */
export function GuestCard({ booking }: { booking: GuestBooking }) {
  const held = booking.allocations.map((a) => a.unit?.code ?? a.staff?.name ?? (a.session ? `${a.seats} seat(s)` : '')).filter(Boolean);
  return (
    <Card>
      <h2 className="font-semibold">Guest</h2>
      <dl className="mt-2 space-y-1 text-sm">
        <dt className="sr-only">Name</dt>
        <dd className="font-medium">{booking.contactName}</dd>
        <dt className="sr-only">Email</dt>
        <dd>
          <a href={`mailto:${booking.contactEmail}`} className="text-brand-700 underline">
            {booking.contactEmail}
          </a>
        </dd>
        {booking.contactPhone ? (
          <>
            <dt className="sr-only">Phone</dt>
            <dd>{booking.contactPhone}</dd>
          </>
        ) : null}
        {booking.notes ? (
          <>
            <dt className="pt-2 text-slate-500">Notes</dt>
            <dd className="whitespace-pre-line">{booking.notes}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-3 text-sm text-slate-600">
        {booking.quantity} × {held.join(', ')}
      </p>
    </Card>
  );
}
