import { ButtonLink } from '@/components/ui/button';

// Shown (with HTTP 404) for unknown, mistyped and expired manage links.
export default function ManageLinkNotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">Link not valid</p>
      <h1 className="mt-2 text-2xl font-bold">This booking link is not valid or has expired</h1>
      <p className="mt-3 text-slate-600">
        Links to manage a booking stop working 30 days after the booking ends. If you copied the link from your email, check that you copied
        all of it, or open the newest email we sent you about this booking.
      </p>
      <p className="mt-3 text-slate-600">Still stuck? Reply to your booking email or contact the business directly; your booking reference is in every email.</p>
      <ButtonLink href="/manage/find" className="mt-6">
        Email me a new link
      </ButtonLink>
    </div>
  );
}
