import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { processOutbox } from '@/lib/outbox/process-outbox';
import { acceptInvitation, invitationForToken } from '@/lib/business/team/accept-invitation';
import { inviteMember, revokeInvitation } from '@/lib/business/team/invitations';
import { listTeam } from '@/lib/business/team/members';
import { issueVerificationToken, verifyEmail } from '@/lib/auth/email-verification';
import { useTestDatabase, type TestDatabase } from '../support/database';
import { aPerson, anEmail, givenBusiness, tokenFromMailbox, whenOwnerInvites } from './team-scenario';

let t: TestDatabase;
beforeAll(async () => {
  t = await useTestDatabase();
});

const DAY_MS = 86_400_000;

describe('inviting people to a business', () => {
  it('an account whose email is not verified cannot accept (anyone can sign up with any address); once verified it can', async () => {
    const { vendor, owner } = await givenBusiness(t.db);
    const email = anEmail('unverified');
    const { token } = await whenOwnerInvites(t.db, owner, email, 'STAFF');
    const invitee = await aPerson(t.db, email, { verified: false });

    await expect(acceptInvitation(t.db, invitee, token)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('Verify your email address first') });
    expect(await t.db.vendorMember.count({ where: { userId: invitee.id } })).toBe(0);
    expect((await invitationForToken(t.db, token))?.state).toBe('OPEN');

    await verifyEmail(t.db, await issueVerificationToken(t.db, invitee.id));
    await expect(acceptInvitation(t.db, invitee, token)).resolves.toMatchObject({ member: { vendorId: vendor.id, role: 'STAFF' } });
  });

  it('sends a link by email through the outbox; only the token hash is stored; the invitee joins with that email', async () => {
    const { vendor, owner } = await givenBusiness(t.db);
    const email = anEmail();
    const { invitation, token } = await whenOwnerInvites(t.db, owner, email, 'STAFF');

    await expect(t.db).toHaveSentEmail(email, `You're invited to join ${vendor.name} on Bookwell`);
    const mail = await t.db.emailMessage.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).toContain(`/invite/${token}`);
    const stored = await t.db.vendorInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(stored.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await t.db.outboxMessage.findMany())).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * DAY_MS);

    await expect(invitationForToken(t.db, token)).resolves.toMatchObject({ state: 'OPEN', role: 'STAFF', vendor: { name: vendor.name } });
    expect((await listTeam(t.db, owner)).invitations.map((i) => i.email)).toEqual([email]);

    const invitee = await aPerson(t.db, email);
    const { member } = await acceptInvitation(t.db, invitee, token);
    expect(member).toMatchObject({ vendorId: vendor.id, userId: invitee.id, role: 'STAFF' });
    expect((await t.db.vendorInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).not.toBeNull();
    expect((await listTeam(t.db, owner)).invitations).toEqual([]);

    // Used once: the same link does nothing more.
    await expect(invitationForToken(t.db, token)).resolves.toMatchObject({ state: 'ACCEPTED' });
    await expect(acceptInvitation(t.db, invitee, token)).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: 'This invitation has already been used.' });
  });

  it('matches the email case-insensitively and refuses a signed-in person with another email', async () => {
    const { owner, vendor } = await givenBusiness(t.db);
    const email = anEmail('Mixed.Case');
    // The form lower-cases; an invitation stored in another case still matches the account.
    await inviteMember(t.db, owner, { email: email.toUpperCase(), role: 'OWNER' });
    await processOutbox(t.db, { now: new Date() });
    const token = await tokenFromMailbox(t.db, email);

    const stranger = await aPerson(t.db);
    await expect(acceptInvitation(t.db, stranger, token)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(email.toUpperCase()) });
    expect(await t.db.vendorMember.count({ where: { userId: stranger.id } })).toBe(0);

    const invitee = await aPerson(t.db, email);
    await expect(acceptInvitation(t.db, invitee, token)).resolves.toMatchObject({ member: { role: 'OWNER', vendorId: vendor.id } });
  });

  it('refuses expired, revoked and unknown links with a clear message', async () => {
    const { owner } = await givenBusiness(t.db);
    const expiredEmail = anEmail();
    const { invitation: lapsed, token: expired } = await whenOwnerInvites(t.db, owner, expiredEmail);
    await t.db.vendorInvitation.update({ where: { id: lapsed.id }, data: { expiresAt: new Date(Date.now() - 1000) } }); // a week later
    await expect(invitationForToken(t.db, expired)).resolves.toMatchObject({ state: 'EXPIRED' });
    await expect(acceptInvitation(t.db, await aPerson(t.db, expiredEmail), expired)).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: expect.stringContaining('expired') });

    const revokedEmail = anEmail();
    const { invitation, token: revoked } = await whenOwnerInvites(t.db, owner, revokedEmail);
    await revokeInvitation(t.db, owner, { invitationId: invitation.id });
    await expect(invitationForToken(t.db, revoked)).resolves.toMatchObject({ state: 'REVOKED' });
    await expect(acceptInvitation(t.db, await aPerson(t.db, revokedEmail), revoked)).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: expect.stringContaining('withdrawn') });

    await expect(invitationForToken(t.db, 'x'.repeat(43))).resolves.toBeNull();
    await expect(invitationForToken(t.db, 'not-a-token')).resolves.toBeNull();
    await expect(acceptInvitation(t.db, await aPerson(t.db), 'x'.repeat(43))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('re-inviting the same address revokes the open invitation: only the newest link works', async () => {
    const { owner } = await givenBusiness(t.db);
    const email = anEmail();
    const first = await whenOwnerInvites(t.db, owner, email);
    const second = await whenOwnerInvites(t.db, owner, email.toUpperCase(), 'OWNER');
    expect(second.token).not.toBe(first.token);
    expect((await t.db.vendorInvitation.findUniqueOrThrow({ where: { id: first.invitation.id } })).revokedAt).not.toBeNull();
    await expect(invitationForToken(t.db, first.token)).resolves.toMatchObject({ state: 'REVOKED' });
    const open = await t.db.vendorInvitation.findMany({ where: { vendorId: owner.vendorId, acceptedAt: null, revokedAt: null } });
    expect(open.map((i) => [i.email, i.role])).toEqual([[email, 'OWNER']]);
    await expect(acceptInvitation(t.db, await aPerson(t.db, email), second.token)).resolves.toMatchObject({ member: { role: 'OWNER' } });
  });

  it('parallel invitations of one address leave exactly one open invitation', async () => {
    const { owner } = await givenBusiness(t.db);
    const email = anEmail();
    const clients = [t.newClient(2), t.newClient(2), t.newClient(2)];
    const results = await Promise.allSettled(clients.map((db) => inviteMember(db, owner, { email, role: 'STAFF' })));
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(await t.db.vendorInvitation.count({ where: { vendorId: owner.vendorId, email, acceptedAt: null, revokedAt: null } })).toBe(1);
  });

  it('sends no email for an invitation revoked before delivery', async () => {
    const { owner } = await givenBusiness(t.db);
    const email = anEmail();
    const invitation = await inviteMember(t.db, owner, { email, role: 'STAFF' });
    await revokeInvitation(t.db, owner, { invitationId: invitation.id });
    await processOutbox(t.db, { now: new Date() });
    await expect(t.db).not.toHaveSentEmail(email, /invited/);
  });

  it('refuses someone who already runs or works for another business, and a member already on the team', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const bStaff = await t.db.user.findUniqueOrThrow({ where: { id: b.staff.userId } });
    const { token } = await whenOwnerInvites(t.db, a.owner, bStaff.email);
    await expect(acceptInvitation(t.db, bStaff, token)).rejects.toMatchObject({ code: 'POLICY_VIOLATION', message: expect.stringContaining('another business') });
    expect(await t.db.vendorMember.count({ where: { userId: bStaff.id } })).toBe(1);

    const aStaff = await t.db.user.findUniqueOrThrow({ where: { id: a.staff.userId } });
    await expect(inviteMember(t.db, a.owner, { email: aStaff.email, role: 'OWNER' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: { email: ['Already on your team'] } });
  });

  it('staff cannot invite or revoke; an owner of another business cannot revoke this one’s invitations', async () => {
    const a = await givenBusiness(t.db);
    const b = await givenBusiness(t.db);
    const email = anEmail();
    await expect(inviteMember(t.db, a.staff, { email, role: 'STAFF' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(inviteMember(t.db, a.staff, { email, role: 'OWNER' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.db.vendorInvitation.count({ where: { email } })).toBe(0);

    const { invitation } = await whenOwnerInvites(t.db, a.owner, email);
    await expect(revokeInvitation(t.db, a.staff, { invitationId: invitation.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(revokeInvitation(t.db, b.owner, { invitationId: invitation.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.db.vendorInvitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();
  });

  it('a staff member whose role was changed to staff a moment ago cannot invite with a stale owner actor', async () => {
    const { owner, staff } = await givenBusiness(t.db);
    // The actor says OWNER, but the database says STAFF: the check inside the lock wins.
    const stale = { ...staff, role: 'OWNER' as const };
    await expect(inviteMember(t.db, stale, { email: anEmail(), role: 'OWNER' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(owner.role).toBe('OWNER');
  });
});
