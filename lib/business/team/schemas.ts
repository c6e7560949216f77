// Team forms and actions share these schemas (react-hook-form + zodResolver on the client).
import '@/lib/validation/zod-config';
import { z } from 'zod';

export const TEAM_ROLES = ['OWNER', 'STAFF'] as const;

const role = z.enum(TEAM_ROLES, { error: 'Choose a role' });

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  role,
});

export const changeMemberRoleSchema = z.object({ memberId: z.uuid(), role });
export const removeMemberSchema = z.object({ memberId: z.uuid() });
export const revokeInvitationSchema = z.object({ invitationId: z.uuid() });
export const acceptInvitationSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This invitation link is not valid.') });

export type InviteMemberInput = z.output<typeof inviteMemberSchema>;
export type InviteMemberValues = z.input<typeof inviteMemberSchema>;
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleSchema>;
