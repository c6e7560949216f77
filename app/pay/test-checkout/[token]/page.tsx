import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatMoney } from '@/lib/domain/money';
import { testCheckoutPage } from '@/lib/payments/test-checkout';
import { failTestCheckout, payTestCheckout } from '@/lib/actions/test-checkout';

export const metadata: Metadata = { title: 'Test checkout', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

// Stands in for Stripe's hosted page when no Stripe keys are set. Exists only in test mode.
export default async function TestCheckoutPage({ params }: Props) {
  const { token } = await params;
  const session = testCheckoutPage(token);
  if (!session) notFound();
  const { expired } = session;
  const cancelHref = `/pay/cancel?${new URLSearchParams({ booking: session.bookingId, return: session.returnPath })}`;
  return (
    <div className="mx-auto max-w-md space-y-4 py-8">
      <p role="note" className="rounded-lg border-2 border-dashed border-amber-400 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900">
        Test mode — no real money. This page stands in for Stripe Checkout because no Stripe keys are configured.
      </p>
      <Card className="space-y-4">
        <h1 className="text-xl font-bold">Pay for booking {session.reference}</h1>
        <p className="text-3xl font-bold" data-testid="test-checkout-amount">
          {formatMoney(session.amount, session.currency)}
        </p>
        <p className="text-sm text-slate-600">
          {expired ? 'This checkout has expired.' : `This checkout expires at ${new Date(session.expiresAt).toISOString().slice(11, 16)} UTC.`}
        </p>
        <div className="flex flex-wrap gap-3">
          <form action={payTestCheckout.bind(null, { token })}>
            <Button type="submit" disabled={expired}>
              Pay {formatMoney(session.amount, session.currency)} (test)
            </Button>
          </form>
          <form action={failTestCheckout.bind(null, { token })}>
            <Button type="submit" variant="danger">
              Fail the payment
            </Button>
          </form>
          <ButtonLink href={cancelHref} variant="ghost">
            Back
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
