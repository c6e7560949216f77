import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffProfileForm } from '@/components/dashboard/staff-forms';
import { Card } from '@/components/ui/card';
import { prisma } from '@/lib/db/prisma';
import { memberPage } from '@/lib/auth/current-actor';

export const metadata: Metadata = { title: 'Staff' };

export default async function StaffPage() {
  const { actor } = await memberPage('/dashboard/listings/staff');
  const staff = await prisma.staffMember.findMany({
    where: { vendorId: actor.vendorId },
    orderBy: { name: 'asc' },
    include: { services: { include: { listing: { select: { title: true } } } }, _count: { select: { rules: true } } },
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <Link href="/dashboard/listings" className="text-sm text-brand-700 underline">
        ← Listings
      </Link>
      <h1 className="text-2xl font-bold">Staff</h1>
      <Card>
        {staff.length === 0 ? <p className="text-sm text-slate-600">No staff yet. Appointment listings need at least one person who gives them.</p> : null}
        <ul className="divide-y divide-slate-100 text-sm">
          {staff.map((member) => (
            <li key={member.id} className="flex flex-wrap justify-between gap-2 py-2">
              <Link href={`/dashboard/listings/staff/${member.id}`} className="font-medium text-brand-700 underline">
                {member.name}
              </Link>
              <span className="text-slate-600">
                {member.active ? '' : 'Inactive · '}
                {member.services.map((s) => s.listing.title).join(', ') || 'No services'} · {member._count.rules} weekly intervals
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <Card className="space-y-3">
        <h2 className="font-semibold">Add a staff member</h2>
        <StaffProfileForm />
      </Card>
    </div>
  );
}
