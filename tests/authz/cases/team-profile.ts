import { randomBytes } from 'node:crypto';
import type { ActionCase, World } from '../matrix';

// The business profile and the team. These actions act on the member's own business; only owners
// may use them (staff see the pages read-only). Owner B invites to and edits business B; rows of
// business A (members, invitations) are not found for owner B.

const PROFILE = 'lib/actions/business/profile.ts';
const TEAM = 'lib/actions/business/team.ts';
const owners = ['ownerA', 'ownerB'] as const;

/** A new member of business A (their own account), fresh for every call. */
async function memberOfA(w: World, role: 'OWNER' | 'STAFF') {
  const user = await w.db.user.create({ data: { email: `member-${w.unique()}@example.com`, name: 'Matrix member' } });
  return w.db.vendorMember.create({ data: { vendorId: w.vendorA.id, userId: user.id, role } });
}

export const cases: ActionCase[] = [
  {
    module: PROFILE,
    action: 'updateProfileAction',
    allow: [...owners],
    input: async (w) => ({
      name: 'Matrix business',
      slug: `matrix-${w.unique()}`,
      description: 'Edited by the authorization matrix.',
      contactEmail: 'hello@example.com',
      contactPhone: '',
      timeZone: 'Europe/London',
      currency: 'GBP',
      address: '',
      city: '',
      country: 'GB',
    }),
  },
  {
    module: PROFILE,
    action: 'updateMessagingSettingsAction',
    allow: [...owners],
    input: async () => ({ reminderHours: 12, smsEnabled: false }),
  },
  {
    module: PROFILE,
    action: 'updateBookingSettingsAction',
    allow: [...owners],
    input: async () => ({ manualPaymentInstructions: 'Bank: Matrix Bank', manualPaymentReferenceFormat: 'M-{reference}', manualPaymentHoldMinutes: 60, requireCheckIn: false, autoCompleteAfterMinutes: 120 }),
  },
  { module: TEAM, action: 'inviteMemberAction', allow: [...owners], input: async (w) => ({ email: `new-${w.unique()}@example.com`, role: 'STAFF' }) },
  {
    module: TEAM,
    action: 'revokeInvitationAction',
    allow: ['ownerA'],
    input: async (w) => {
      const invitation = await w.db.vendorInvitation.create({
        data: {
          vendorId: w.vendorA.id,
          email: `invited-${w.unique()}@example.com`,
          role: 'STAFF',
          tokenHash: randomBytes(32).toString('hex'),
          expiresAt: new Date(Date.now() + 7 * 24 * 3_600_000),
        },
      });
      return { invitationId: invitation.id };
    },
  },
  { module: TEAM, action: 'changeMemberRoleAction', allow: ['ownerA'], input: async (w) => ({ memberId: (await memberOfA(w, 'STAFF')).id, role: 'OWNER' }) },
  { module: TEAM, action: 'removeMemberAction', allow: ['ownerA'], input: async (w) => ({ memberId: (await memberOfA(w, 'STAFF')).id }) },
];
