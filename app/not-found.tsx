import { ButtonLink } from '@/components/ui/button';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-bold">We could not find that page</h1>
      <p className="mt-2 text-slate-600">The link may be old, or the listing is no longer available.</p>
      <ButtonLink href="/" className="mt-6">
        Back to the home page
      </ButtonLink>
    </div>
  );
}
