import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { getCurrentUser } from '@/lib/auth/current-user';
import { prisma } from '@/lib/db/prisma';
import { devMailboxOpenTo, recentEmails } from '@/lib/email/dev-mailbox';
import { deliverPendingAction } from '@/lib/actions/dev-mailbox';

export const metadata: Metadata = { title: 'Dev mailbox', robots: { index: false, follow: false } };

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Plain text with its links clickable. */
function Linkified({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

// Emails the app would have sent, captured because no SMTP server is set (SMTP_URL). Everyone sees
// it in development; in production only operators do (the emails hold guests' manage links).
export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  if (!devMailboxOpenTo(await getCurrentUser())) notFound();
  const { to } = await searchParams;
  const emails = await recentEmails(prisma, { to });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Dev mailbox</h1>
        <p className="text-sm text-slate-600">No SMTP server is set (SMTP_URL), so emails are kept here instead of being sent. Newest first.</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2">
          <Field id="mailbox-to" label="Recipient">
            <Input id="mailbox-to" name="to" type="email" defaultValue={to ?? ''} placeholder="someone@example.com" />
          </Field>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
        <form action={deliverPendingAction}>
          <Button type="submit" variant="secondary">
            Deliver pending messages
          </Button>
        </form>
      </div>
      {emails.length === 0 ? (
        <EmptyState title="No emails yet">Emails appear here a moment after a booking changes.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <article aria-labelledby={`email-${email.id}`} className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm">
                <h2 id={`email-${email.id}`} className="font-semibold">
                  {email.subject}
                </h2>
                <p className="break-all text-sm text-slate-600">
                  To {email.to} · <time dateTime={email.sentAt.toISOString()}>{email.sentAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
                </p>
                <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words font-sans text-sm text-slate-800">
                  <Linkified text={email.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
