// Team forms and actions share these schemas (react-hook-form + zodResolver on the client).
import '@/lib/validation/zod-config';
import { z } from 'zod';
import { email, id } from '@/lib/validation/fields';

export const TEAM_ROLES = ['OWNER', 'STAFF'] as const;

const role = z.enum(TEAM_ROLES, { error: 'Choose a role' });

export const inviteMemberSchema = z.object({
  email,
  role,
});

export const changeMemberRoleSchema = z.object({ memberId: id(), role });
export const removeMemberSchema = z.object({ memberId: id() });
export const revokeInvitationSchema = z.object({ invitationId: id() });
export const acceptInvitationSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This invitation link is not valid.') });

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;
export type InviteMemberValues = z.input<typeof inviteMemberSchema>;
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleSchema>;
