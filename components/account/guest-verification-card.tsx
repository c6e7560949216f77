import { ActionForm } from '@/components/forms/action-form';
import { Card } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import type { ActionResult } from '@/lib/http/action-result';

type Pending = { channel: 'EMAIL' | 'SMS'; target: string };
type Action = (input: unknown) => Promise<ActionResult<unknown>>;

const WHAT = { EMAIL: 'email', SMS: 'phone' } as const;

/** The guest's one-time codes still to confirm before the hold can be paid or answered. */
export function GuestVerificationCard({ pending, verify, resend }: { pending: Pending[]; verify: (channel: Pending['channel']) => Action; resend: (channel: Pending['channel']) => Action }) {
  if (pending.length === 0) return null;
  return (
    <Card className="space-y-4 border-amber-300">
      <h2 className="text-lg font-semibold">Confirm it is you</h2>
      <p className="text-sm text-slate-700">This business confirms guests before a booking goes ahead: it can be paid or answered once you have entered the code{pending.length > 1 ? 's' : ''} we sent.</p>
      {pending.map(({ channel, target }) => (
        <div key={channel} className="space-y-2">
          <ActionForm action={verify(channel)} submitLabel={`Confirm my ${WHAT[channel]}`} pendingText="Checking…" done="Confirmed." labels={{ code: 'Code' }}>
            <Field id={`code-${channel}`} label={`Code sent to ${target}`} hint="6 digits, valid for 15 minutes.">
              <Input id={`code-${channel}`} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required aria-describedby={`code-${channel}-hint`} />
            </Field>
          </ActionForm>
          <ActionForm action={resend(channel)} submitLabel="Send a new code" pendingText="Sending…" variant="secondary" done="A new code is on its way." className="">
            {null}
          </ActionForm>
        </div>
      ))}
    </Card>
  );
}
