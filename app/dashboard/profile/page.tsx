import type { Metadata } from 'next';
import Link from 'next/link';
import { StorefrontHeader } from '@/components/catalog/storefront-header';
import { ProfileDetails } from '@/components/dashboard/profile-details';
import { ProfileForm } from '@/components/dashboard/profile-form';
import { MessagingSettingsForm } from '@/components/dashboard/messaging-settings-form';
import { BookingSettingsForm } from '@/components/dashboard/booking-settings-form';
import { ProfileLogo } from '@/components/dashboard/profile-logo';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { memberPage } from '@/lib/auth/current-actor';
import { messagingSettings } from '@/lib/business/messaging';
import { bookingSettings } from '@/lib/business/booking-settings';
import { vendorProfile } from '@/lib/business/profile';
import { countries, currencyCodes } from '@/lib/validation/codes';

export const metadata: Metadata = { title: 'Business profile' };

function currencyOptions() {
  const names = new Intl.DisplayNames(['en'], { type: 'currency' });
  return currencyCodes().map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
}

export default async function ProfilePage() {
  const { actor } = await memberPage('/dashboard/profile');
  const { vendor, canChangeCurrency, canEdit } = await vendorProfile(prisma, actor);
  const messages = await messagingSettings(prisma, actor);
  const bookingTerms = await bookingSettings(prisma, actor);
  const zones = Intl.supportedValuesOf('timeZone');
  const timeZones = zones.includes(vendor.timeZone) ? zones : [vendor.timeZone, ...zones];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Business profile</h1>
          <p className="text-sm text-slate-600">What customers see about {vendor.name} on its storefront, and the defaults of its listings.</p>
        </div>
        {vendor.status === 'ACTIVE' ? (
          <Link href={`/v/${vendor.slug}`} className="text-sm font-medium text-brand-700 underline">
            Open your storefront
          </Link>
        ) : null}
      </div>
      {canEdit ? null : <Alert>Only an owner can change the business profile. Ask an owner if something here needs to change.</Alert>}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          {canEdit ? (
            <ProfileForm
              values={{
                name: vendor.name,
                slug: vendor.slug,
                description: vendor.description,
                contactEmail: vendor.contactEmail,
                contactPhone: vendor.contactPhone ?? '',
                timeZone: vendor.timeZone,
                currency: vendor.currency,
                address: vendor.address ?? '',
                city: vendor.city ?? '',
                country: vendor.country ?? '',
                payWindowHours: vendor.payWindowHours,
              }}
              timeZones={timeZones}
              currencies={currencyOptions()}
              countries={countries().map((c) => ({ value: c.code, label: c.name }))}
              canChangeCurrency={canChangeCurrency}
            />
          ) : (
            <ProfileDetails vendor={vendor} />
          )}
        </Card>
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">Logo</h2>
            <div className="mt-3">
              <ProfileLogo logoUrl={vendor.logoUrl} vendorName={vendor.name} canEdit={canEdit} />
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Customer messages</h2>
            <div className="mt-3">
              {canEdit ? (
                <MessagingSettingsForm values={messages} />
              ) : (
                <p className="text-sm text-slate-600">
                  {messages.reminderHours > 0 ? `Reminder emails ${messages.reminderHours} hours before a booking.` : 'No reminder emails.'} {messages.smsEnabled ? 'Texts to customers who opted in.' : 'No texts.'}
                </p>
              )}
            </div>
          </Card>
          <Card>
            <h2 className="font-semibold">Payments and check-in</h2>
            <div className="mt-3">
              {canEdit ? (
                <BookingSettingsForm values={bookingTerms} />
              ) : (
                <p className="whitespace-pre-line text-sm text-slate-600">
                  {bookingTerms.manualPaymentInstructions ? `Bank transfers: ${bookingTerms.manualPaymentInstructions}` : 'No bank transfer instructions.'}
                  {'\n'}
                  {bookingTerms.requireCheckIn ? 'Customers are checked in.' : 'No check-in required.'} Bookings complete {bookingTerms.autoCompleteAfterMinutes} minutes after they end.
                </p>
              )}
            </div>
          </Card>
        </div>
      </div>
      <section aria-labelledby="preview-title" className="space-y-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="preview-title" className="text-xl font-bold">
            Storefront preview
          </h2>
          {vendor.status === 'ACTIVE' ? (
            <Link href={`/v/${vendor.slug}`} className="text-sm font-medium text-brand-700 underline">
              /v/{vendor.slug}
            </Link>
          ) : (
            <span className="text-sm text-slate-600">Hidden from customers while the business is suspended.</span>
          )}
        </div>
        <div aria-label="Storefront preview" role="region" className="rounded-2xl bg-slate-50 p-4">
          <StorefrontHeader vendor={vendor} headingLevel={2} />
        </div>
      </section>
    </div>
  );
}
