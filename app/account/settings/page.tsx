import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteAccountForm, EmailChangeForm, ProfileForm } from '@/components/account/settings-forms';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { accountDeletionBlocker } from '@/lib/account/delete-account';
import { myProfile } from '@/lib/account/profile';
import { customerPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';

export const metadata: Metadata = { title: 'Account settings' };

export default async function AccountSettingsPage({ searchParams }: { searchParams: Promise<{ emailChanged?: string }> }) {
  const { user } = await customerPage('/account/settings');
  const { emailChanged } = await searchParams;
  const [profile, blocker] = await Promise.all([myProfile(prisma, user.id), accountDeletionBlocker(prisma, user.id)]);
  const timeZones = Intl.supportedValuesOf('timeZone');

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <Link href="/account" className="text-sm font-medium text-brand-700 underline">
          My bookings
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Account settings</h1>
      </div>
      {emailChanged ? <Alert tone="success">Your email is now {profile.email}.</Alert> : null}
      <Card className="space-y-4">
        <h2 className="font-semibold">Your details</h2>
        <ProfileForm profile={profile} timeZones={timeZones} />
      </Card>
      <Card className="space-y-4">
        <h2 className="font-semibold">Email</h2>
        <p className="text-sm text-slate-600">
          You sign in with <strong className="break-all">{profile.email}</strong>. To change it, we send a link to the new address.
        </p>
        {profile.passwordHash ? <EmailChangeForm /> : <p className="text-sm text-slate-600">Set a password first (Forgot password? on the sign-in page).</p>}
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Your data</h2>
        <p className="text-sm text-slate-600">A JSON file with your details, bookings, reviews and notifications.</p>
        <a href="/account/my-data" download className="inline-block font-medium text-brand-700 underline">
          Download my data (JSON)
        </a>
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Delete account</h2>
        <p className="text-sm text-slate-600">
          Your account and details go for good. Businesses keep their records of your past bookings, without your name, email or phone.
        </p>
        {blocker ? <Alert>{blocker}</Alert> : profile.passwordHash ? <DeleteAccountForm /> : null}
      </Card>
    </div>
  );
}
