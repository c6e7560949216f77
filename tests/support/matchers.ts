import { expect } from 'vitest';
import type { Db } from '@/lib/db/prisma';

// Scenario-style assertions about what a change sent or queued, so a test reads as the rule:
//   await expect(t.db).toHaveSentEmail('gia@example.com', /confirmed/);
// It looks at the record the app keeps of every email sent (the dev mailbox without SMTP), never
// at mocks. What a change queued reads the same way: (await expectBooking(db, id)).toHaveOutboxTopics(...).

type Text = string | RegExp;
const matches = (text: string, expected: Text) => (typeof expected === 'string' ? text === expected : expected.test(text));

expect.extend({
  async toHaveSentEmail(db: Db, to: string, subject: Text) {
    const sent = await db.emailMessage.findMany({ where: { to }, select: { subject: true }, orderBy: { sentAt: 'asc' } });
    const pass = sent.some((email) => matches(email.subject, subject));
    const subjects = sent.map((email) => `"${email.subject}"`).join(', ') || 'nothing';
    return {
      pass,
      message: () =>
        pass
          ? `expected no email to ${to} with subject ${String(subject)}, but one was sent`
          : `expected an email to ${to} with subject ${String(subject)}; ${to} was sent ${subjects}`,
    };
  },
});

interface ScenarioMatchers<R = unknown> {
  /** An email was sent (or kept for the dev mailbox) to this address with a matching subject. */
  toHaveSentEmail(to: string, subject: Text): Promise<R>;
}

declare module 'vitest' {
  // Declaration merging: vitest's own declaration has this exact signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends ScenarioMatchers<T> {}
}
