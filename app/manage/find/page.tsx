import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { requestManageLinkAction } from '@/lib/actions/manage-link';

export const metadata: Metadata = { title: 'Find your booking', robots: { index: false, follow: false } };

// For guests who lost the link to their booking: a fresh one goes to the booking's email address.
export default async function FindBookingPage({ searchParams }: { searchParams: Promise<{ sent?: string; error?: string }> }) {
  const { sent, error } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6 py-8">
      <div>
        <h1 className="text-2xl font-bold">Find your booking</h1>
        <p className="mt-1 text-sm text-slate-600">Booked without an account? Enter the email address you booked with and the booking reference from any of our emails: we email you a new link to it.</p>
      </div>
      {sent ? <Alert tone="success">If a booking matches, a link to it is on its way to that address. It can take a minute.</Alert> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form action={requestManageLinkAction} className="space-y-4">
        <Field id="find-email" label="Email address">
          <Input id="find-email" name="email" type="email" autoComplete="email" required />
        </Field>
        <Field id="find-reference" label="Booking reference" hint="Like BK-7F3K2Q">
          <Input id="find-reference" name="reference" autoCapitalize="characters" spellCheck={false} required aria-describedby="find-reference-hint" />
        </Field>
        <Button type="submit">Email me a link</Button>
      </form>
    </div>
  );
}
