'use server';

import { revalidatePath } from 'next/cache';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';
import { inviteMember, revokeInvitation } from '@/lib/business/team/invitations';
import { changeMemberRole, removeMember } from '@/lib/business/team/members';
import { changeMemberRoleSchema, inviteMemberSchema, removeMemberSchema, revokeInvitationSchema } from '@/lib/business/team/schemas';
import { currentVendorActor } from '@/lib/business/current-actor';

// Thin edges: parse with the form's schema, build the actor from the session (roles re-read from
// the database), call one service. The services refuse staff and other businesses' rows.

const TEAM = '/dashboard/team';

export async function inviteMemberAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(inviteMemberSchema, input, async (data) => {
    await inviteMember(prisma, await currentVendorActor(), data);
  });
  if (result.ok) {
    deliverOutboxSoon(); // the invitation email
    revalidatePath(TEAM);
  }
  return result;
}

export async function revokeInvitationAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(revokeInvitationSchema, input, async (data) => {
    await revokeInvitation(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath(TEAM);
  return result;
}

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(changeMemberRoleSchema, input, async (data) => {
    await changeMemberRole(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath('/dashboard', 'layout'); // what the changed person may see changes
  return result;
}

export async function removeMemberAction(input: unknown): Promise<ActionResult<void>> {
  const result = await runAction(removeMemberSchema, input, async (data) => {
    await removeMember(prisma, await currentVendorActor(), data);
  });
  if (result.ok) revalidatePath('/dashboard', 'layout');
  return result;
}
