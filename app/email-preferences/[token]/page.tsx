import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { prisma } from '@/lib/db/prisma';
import { OPTIONAL_EMAILS, OPTIONAL_EMAIL_KINDS, emailFromPreferencesToken, hasSmsConsent, optedOutKinds } from '@/lib/email/preferences';
import { setEmailPreferenceAction, setSmsConsentAction } from '@/lib/actions/email-preferences';

export const metadata: Metadata = { title: 'Email preferences', robots: { index: false, follow: false } };

// Reached from the link in reminders, review requests and members' booking alerts: no sign-in,
// the signed link names the address. Booking confirmations and changes always go out.
export default async function EmailPreferencesPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const email = emailFromPreferencesToken(decodeURIComponent(token));
  if (!email) notFound();
  const off = await optedOutKinds(prisma, email);
  const texts = await hasSmsConsent(prisma, email);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Email preferences</h1>
        <p className="text-sm text-slate-600">
          For <span className="font-medium">{email}</span>. Emails about your bookings themselves (confirmations, changes, payments) always go out.
        </p>
      </div>
      <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
        {OPTIONAL_EMAIL_KINDS.map((kind) => {
          const wanted = !off.has(kind);
          return (
            <li key={kind} className="flex items-center justify-between gap-4 p-4">
              <div>
                <p className="font-medium">{OPTIONAL_EMAILS[kind]}</p>
                <p className="text-sm text-slate-600">{wanted ? 'On' : 'Off'}</p>
              </div>
              <form action={setEmailPreferenceAction}>
                <input type="hidden" name="token" value={decodeURIComponent(token)} />
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="wanted" value={wanted ? 'off' : 'on'} />
                <Button type="submit" variant="secondary">
                  {wanted ? 'Turn off' : 'Turn on'}
                  <span className="sr-only"> {OPTIONAL_EMAILS[kind].toLowerCase()}</span>
                </Button>
              </form>
            </li>
          );
        })}
        <li className="flex items-center justify-between gap-4 p-4">
          <div>
            <p className="font-medium">Text messages: booking confirmations and reminders</p>
            <p className="text-sm text-slate-600">{texts ? 'On' : 'Off'} · sent to the phone number of your booking, by businesses that send texts</p>
          </div>
          <form action={setSmsConsentAction}>
            <input type="hidden" name="token" value={decodeURIComponent(token)} />
            <input type="hidden" name="wanted" value={texts ? 'off' : 'on'} />
            <Button type="submit" variant="secondary">
              {texts ? 'Turn off' : 'Turn on'}
              <span className="sr-only"> text messages</span>
            </Button>
          </form>
        </li>
      </ul>
    </div>
  );
}
