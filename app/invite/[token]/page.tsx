import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { signOutAction } from '@/lib/actions/auth';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { INVITATION_MESSAGES, invitationForToken, VERIFY_BEFORE_JOINING } from '@/lib/business/team/accept-invitation';
import { AcceptInvitationButton } from './accept-invitation-button';

// No loading.tsx here on purpose: an unknown link must answer with a real 404 status, which only
// works while nothing has been streamed yet.

export const metadata: Metadata = { title: 'Team invitation', robots: { index: false, follow: false }, referrer: 'no-referrer' };

const ROLE_TEXT = {
  OWNER: 'an owner: full access, including the business profile, refunds and the team',
  STAFF: 'a staff member: bookings, listings and schedules',
} as const;

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await invitationForToken(prisma, token);
  if (!invitation) notFound();
  const user = await getCurrentUser();
  const here = `/invite/${token}`;
  const business = invitation.vendor.name;

  let body: React.ReactNode;
  if (invitation.state !== 'OPEN') {
    const alreadyIn = user?.memberships.some((m) => m.vendor.id === invitation.vendor.id);
    body = (
      <>
        <Alert tone={alreadyIn ? 'info' : 'error'}>{INVITATION_MESSAGES[invitation.state]}</Alert>
        {alreadyIn ? <ButtonLink href="/dashboard">Open the dashboard</ButtonLink> : null}
      </>
    );
  } else if (!user) {
    body = (
      <>
        <p className="text-sm text-slate-700">
          Sign in or create an account with <strong className="break-all">{invitation.email}</strong> to accept.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>Sign in to accept</ButtonLink>
          <ButtonLink href={`/signup?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
            Create an account
          </ButtonLink>
        </div>
      </>
    );
  } else if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    body = (
      <>
        <Alert tone="error">
          You are signed in as {user.email}, but this invitation is for {invitation.email}. Sign out, then sign in or create an account with {invitation.email}.
        </Alert>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            Sign out
          </Button>
        </form>
      </>
    );
  } else if (!user.emailVerifiedAt) {
    body = <Alert>{VERIFY_BEFORE_JOINING(user.email)}</Alert>;
  } else if (user.memberships.some((m) => m.vendor.id === invitation.vendor.id)) {
    body = (
      <>
        <Alert>You are already on the team of {business}.</Alert>
        <ButtonLink href="/dashboard">Open the dashboard</ButtonLink>
      </>
    );
  } else if (user.memberships.length > 0) {
    body = (
      <Alert tone="error">
        Your account already belongs to {user.memberships[0]!.vendor.name}, and an account can run only one business. Ask {business} to invite another email address of
        yours.
      </Alert>
    );
  } else {
    body = <AcceptInvitationButton token={token} vendorName={business} />;
  }

  return (
    <div className="mx-auto max-w-xl">
      <Card>
        <h1 className="text-2xl font-bold">Join {business}</h1>
        <p className="mt-1 text-sm text-slate-600">
          You are invited to join{' '}
          <Link href={`/v/${invitation.vendor.slug}`} className="underline">
            {business}
          </Link>{' '}
          on Bookwell as {ROLE_TEXT[invitation.role]}.
        </p>
        <div className="mt-6 space-y-4">{body}</div>
      </Card>
    </div>
  );
}
