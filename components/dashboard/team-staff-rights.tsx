import { Card } from '@/components/ui/card';

// What the dashboard lets each role do; the services enforce the same on the server.
export function TeamStaffRights() {
  return (
    <Card>
      <h2 className="font-semibold">What staff can do</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Answer and manage bookings: approve, decline, confirm bank transfers, check in and out, complete and cancel (a cancellation by staff refunds what the listing&apos;s policy gives at that moment).</li>
        <li>Create, edit, publish and unpublish listings, and manage units, sessions, staff schedules and time off.</li>
        <li>See the team and the business profile.</li>
      </ul>
      <h3 className="mt-4 text-sm font-semibold">Only owners can</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Archive (delete) listings.</li>
        <li>Give refunds by hand, and cancel with a full refund whatever the policy.</li>
        <li>Change the business profile, its currency and logo.</li>
        <li>Invite people, change roles and remove members.</li>
      </ul>
    </Card>
  );
}
