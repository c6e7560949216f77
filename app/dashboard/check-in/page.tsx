import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { memberPage } from '@/lib/auth/current-actor';
import { bookingForCheckIn } from '@/lib/business/check-in-lookup';
import { prisma } from '@/lib/db/prisma';
import { DomainError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Check in' };

type Props = { searchParams: Promise<{ q?: string }> };

/** The front desk: type a reference (or paste a scanned code) and open the booking ready to check in. */
export default async function CheckInLookupPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const { actor } = await memberPage('/dashboard/check-in');
  let problem: string | null = null;
  let bookingId: string | null = null;
  if (q?.trim()) {
    try {
      bookingId = await bookingForCheckIn(prisma, actor, q);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problem = error.message;
    }
  }
  if (bookingId) redirect(`/dashboard/bookings/${bookingId}?checkin=1`);
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Check in</h1>
        <p className="text-sm text-slate-600">
          Scan the QR code on the customer&apos;s confirmation with your phone&apos;s camera, or type the booking reference here.
        </p>
      </div>
      <Card>
        <form method="get" action="/dashboard/check-in" className="space-y-4" aria-label="Find a booking to check in">
          {problem ? <Alert tone="error">{problem}</Alert> : null}
          <Field id="check-in-q" label="Booking reference" hint="For example BK-7F3K2Q.">
            <Input id="check-in-q" name="q" defaultValue={q ?? ''} autoComplete="off" autoCapitalize="characters" autoFocus required aria-invalid={problem ? true : undefined} />
          </Field>
          <Button type="submit">Open booking</Button>
        </form>
      </Card>
    </div>
  );
}
