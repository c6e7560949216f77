import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { VendorSignUpForm } from './vendor-sign-up-form';

export const metadata: Metadata = { title: 'List your business' };

const CURRENCIES = ['EUR', 'USD', 'GBP', 'THB', 'AUD', 'CAD', 'CHF', 'JPY', 'NZD', 'SGD'];

export default function VendorSignUpPage() {
  const timeZones = Intl.supportedValuesOf('timeZone');
  return (
    <div className="mx-auto max-w-xl">
      <Card>
        <h1 className="text-2xl font-bold">Open your storefront</h1>
        <p className="mt-1 text-sm text-slate-600">Rentals, tours, classes or appointments: take bookings online in minutes.</p>
        <div className="mt-6">
          <VendorSignUpForm timeZones={timeZones} currencies={CURRENCIES} />
        </div>
      </Card>
    </div>
  );
}
