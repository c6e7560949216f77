'use server';

import { revalidatePath } from 'next/cache';
import { inviteMember, revokeInvitation } from '@/lib/business/team/invitations';
import { changeMemberRole, removeMember } from '@/lib/business/team/members';
import { changeMemberRoleSchema, inviteMemberSchema, removeMemberSchema, revokeInvitationSchema } from '@/lib/business/team/schemas';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { TEAM } from './paths';

// The team is the owners' to manage: the services re-check the role inside a lock on the business.

export const inviteMemberAction = memberAction(
  inviteMemberSchema,
  async (data, { actor }) => {
    await inviteMember(prisma, actor, data);
  },
  {
    ownerOnly: 'invite people',
    after: () => {
      deliverOutboxSoon(); // the invitation email
      revalidatePath(TEAM);
    },
  },
);

export const revokeInvitationAction = memberAction(
  revokeInvitationSchema,
  async (data, { actor }) => {
    await revokeInvitation(prisma, actor, data);
  },
  { ownerOnly: 'revoke invitations', after: () => revalidatePath(TEAM) },
);

// What the changed person may see changes, so the whole dashboard is refreshed.
export const changeMemberRoleAction = memberAction(
  changeMemberRoleSchema,
  async (data, { actor }) => {
    await changeMemberRole(prisma, actor, data);
  },
  { ownerOnly: 'change roles', after: () => revalidatePath('/dashboard', 'layout') },
);

export const removeMemberAction = memberAction(
  removeMemberSchema,
  async (data, { actor }) => {
    await removeMember(prisma, actor, data);
  },
  { ownerOnly: 'remove members', after: () => revalidatePath('/dashboard', 'layout') },
);
