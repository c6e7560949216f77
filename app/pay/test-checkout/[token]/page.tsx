import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatDeadline } from '@/lib/format/date-time';
import { testCheckoutPage } from '@/lib/payments/test-checkout';
import { failTestCheckout, payTestCheckout } from '@/lib/actions/test-checkout';

export const metadata: Metadata = { title: 'Test checkout', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

// Stands in for Stripe's hosted page when no Stripe keys are set. Exists only in test mode.
// Like Stripe's, a paid session cannot be paid again and a replaced one cannot be paid at all.
export default async function TestCheckoutPage({ params }: Props) {
  const { token } = await params;
  const session = await testCheckoutPage(prisma, token);
  if (!session) notFound();
  const amount = formatMoney(session.amount, session.currency);
  const many = session.bookingCount > 1;
  const state = {
    open: `This checkout expires ${formatDeadline(new Date(session.expiresAt), session.timeZone)}.`,
    paid: 'This checkout is paid. Nothing more is due here.',
    expired: 'This checkout has expired.',
    replaced: 'This checkout was replaced by a newer one (opened in another tab or window). Pay there instead.',
  }[session.state];
  return (
    <div className="mx-auto max-w-md space-y-4 py-8">
      <p role="note" className="rounded-lg border-2 border-dashed border-amber-400 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900">
        Test mode — no real money. This page stands in for Stripe Checkout because no Stripe keys are configured.
      </p>
      <Card className="space-y-4">
        <h1 className="text-xl font-bold">
          Pay for {many ? `${session.bookingCount} bookings` : 'booking'} {session.reference}
        </h1>
        <p className="text-3xl font-bold" data-testid="test-checkout-amount">
          {amount}
        </p>
        <p className="text-sm text-slate-600" data-testid="test-checkout-state">
          {state}
        </p>
        <div className="flex flex-wrap gap-3">
          {session.state === 'open' ? (
            <>
              <form action={payTestCheckout.bind(null, { token })}>
                <Button type="submit">Pay {amount} (test)</Button>
              </form>
              <form action={failTestCheckout.bind(null, { token })}>
                <Button type="submit" variant="danger">
                  Fail the payment
                </Button>
              </form>
            </>
          ) : null}
          <ButtonLink href={`/pay/${session.state === 'paid' ? 'success' : 'cancel'}?${session.returnQuery}`} variant={session.state === 'open' ? 'ghost' : 'secondary'}>
            {session.state === 'paid' ? 'See your payment' : 'Back'}
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
