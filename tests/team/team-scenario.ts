import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db } from '@/lib/db/prisma';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { inviteMember } from '@/lib/business/team/invitations';
import { inviteMemberSchema } from '@/lib/business/team/schemas';
import type { MemberActor } from '@/lib/domain/actor';

export { givenBusiness } from '../business/business-scenario';

export const anEmail = (prefix = 'invitee') => `${prefix}-${randomBytes(3).toString('hex')}@example.com`;

/** A person with an account of their own (no business yet), its email verified unless told otherwise. */
export async function aPerson(db: Db, email = anEmail('person'), options: { verified?: boolean } = {}) {
  return db.user.create({ data: { email: email.toLowerCase(), name: `Person ${email}`, emailVerifiedAt: options.verified === false ? null : new Date() } });
}

/** The owner invites `email`; the outbox delivers the email; returns the token from its link. */
export async function whenOwnerInvites(db: Db, owner: MemberActor, email: string, role: 'OWNER' | 'STAFF' = 'STAFF', now = new Date()) {
  const invitation = await inviteMember(db, owner, inviteMemberSchema.parse({ email, role }), now);
  await processOutbox(db, { now: new Date() }); // the message is due from the database's clock
  return { invitation, token: await tokenFromMailbox(db, email) };
}

/** The newest invitation link sent to `email`, read from the stored email (the dev mailbox). */
export async function tokenFromMailbox(db: Db, email: string): Promise<string> {
  const emails = await db.emailMessage.findMany({ where: { to: { equals: email, mode: 'insensitive' } }, orderBy: { sentAt: 'desc' } });
  expect(emails.length).toBeGreaterThan(0);
  const token = emails[0]!.text.match(/\/invite\/([A-Za-z0-9_-]{43})\b/)?.[1];
  expect(token).toBeDefined();
  return token!;
}
