import { Card } from '@/components/ui/card';

/**
 * A pay return page opened without the booking's link or account (another browser, or a copied
 * URL): nothing about the booking, only where to look.
 */
export function PaymentNotShown() {
  return (
    <Card className="space-y-3">
      <h1 className="text-2xl font-bold tracking-tight">Your payment</h1>
      <p role="status" data-testid="payment-status-message">
        We cannot show this booking here. Open it from the link in your booking email, or sign in to see it in your account. If you paid, the confirmation
        email is on its way.
      </p>
    </Card>
  );
}
