import { ButtonLink } from '@/components/ui/button';

export default function BookingNotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">We could not find this booking</h1>
      <p className="mt-2 text-slate-600">It may belong to another account. Bookings made without signing in are managed from the link in their confirmation email.</p>
      <ButtonLink href="/account" className="mt-6">
        Back to my bookings
      </ButtonLink>
    </div>
  );
}
