import type { Metadata } from 'next';
import { formatDateTime } from '@/lib/format/date-time';
import { ActionButton } from '@/components/dashboard/action-button';
import { TeamInviteForm } from '@/components/dashboard/team-invite-form';
import { TeamStaffRights } from '@/components/dashboard/team-staff-rights';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { prisma } from '@/lib/db/prisma';
import { listTeam } from '@/lib/business/team/members';
import { memberPage } from '@/lib/auth/current-actor';
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from '@/lib/actions/business/team';

export const metadata: Metadata = { title: 'Team' };

const ROLE_LABEL = { OWNER: 'Owner', STAFF: 'Staff' } as const;

export default async function TeamPage() {
  const { actor } = await memberPage('/dashboard/team');
  const isOwner = actor.role === 'OWNER';
  const [{ members, invitations }, vendor] = await Promise.all([
    listTeam(prisma, actor),
    prisma.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { name: true, timeZone: true } }),
  ]);
  const ownerCount = members.filter((m) => m.role === 'OWNER').length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Team</h1>
        <p className="text-sm text-slate-600">The people who run {vendor.name} with you.</p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">Members ({members.length})</h2>
            <ul className="mt-3 divide-y divide-slate-100">
              {members.map((member) => (
                <li key={member.id} aria-label={member.user.name} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium">
                      {member.user.name}
                      {member.isYou ? <span className="text-slate-500"> (you)</span> : null}
                    </p>
                    <p className="break-all text-sm text-slate-600">{member.user.email}</p>
                  </div>
                  <div className="flex flex-wrap items-start gap-2">
                    <span className="rounded-full bg-slate-100 px-2.5 py-1 text-xs font-semibold text-slate-700">{ROLE_LABEL[member.role]}</span>
                    {isOwner && member.role === 'OWNER' && ownerCount === 1 ? (
                      <span className="py-2 text-xs text-slate-500">The only owner: make someone else an owner before changing this.</span>
                    ) : isOwner ? (
                      <>
                        <ActionButton action={changeMemberRoleAction} input={{ memberId: member.id, role: member.role === 'OWNER' ? 'STAFF' : 'OWNER' }} variant="ghost">
                          {member.role === 'OWNER' ? 'Make staff' : 'Make owner'}
                          <span className="sr-only"> ({member.user.name})</span>
                        </ActionButton>
                        <ActionButton
                          action={removeMemberAction}
                          input={{ memberId: member.id }}
                          variant="ghost"
                          confirm={member.isYou ? `Leave ${vendor.name}? You will lose access to its dashboard.` : `Remove ${member.user.name} from ${vendor.name}?`}
                        >
                          {member.isYou ? 'Leave' : 'Remove'}
                          <span className="sr-only"> ({member.user.name})</span>
                        </ActionButton>
                      </>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <h2 className="font-semibold">Open invitations</h2>
            {invitations.length === 0 ? (
              <div className="mt-3">
                <EmptyState title="No open invitations">{isOwner ? 'Invite someone with the form on this page.' : null}</EmptyState>
              </div>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {invitations.map((invitation) => (
                  <li key={invitation.id} aria-label={`Invitation for ${invitation.email}`} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div>
                      <p className="break-all font-medium">{invitation.email}</p>
                      <p className="text-sm text-slate-600">
                        {ROLE_LABEL[invitation.role]} ·{' '}
                        {invitation.expired ? (
                          <span className="font-medium text-red-700">expired, invite again to send a new link</span>
                        ) : (
                          <>link works until {formatDateTime(invitation.expiresAt, vendor.timeZone)}</>
                        )}
                      </p>
                    </div>
                    {isOwner ? (
                      <ActionButton action={revokeInvitationAction} input={{ invitationId: invitation.id }} variant="ghost" confirm={`Revoke the invitation for ${invitation.email}?`}>
                        Revoke<span className="sr-only"> ({invitation.email})</span>
                      </ActionButton>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          {isOwner ? (
            <Card>
              <h2 className="font-semibold">Invite someone</h2>
              <p className="mt-1 text-sm text-slate-600">They get an email with a link; they sign in or create an account with that email address to join.</p>
              <div className="mt-4">
                <TeamInviteForm />
              </div>
            </Card>
          ) : (
            <Card>
              <p className="text-sm text-slate-700">Only an owner can invite people, change roles or remove members.</p>
            </Card>
          )}
          <TeamStaffRights />
        </div>
      </div>
    </div>
  );
}
