import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuditEntries } from '@/components/admin/audit-entries';
import { Instant, Table, cell } from '@/components/admin/list-parts';
import { ReasonActionForm } from '@/components/admin/reason-action-form';
import { VendorStatusBadge } from '@/components/admin/status-badges';
import { StatusBadge } from '@/components/bookings/status-badge';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { auditOf } from '@/lib/admin/audit';
import { operatorPage } from '@/lib/auth/current-actor';
import { vendorDetail } from '@/lib/admin/vendors';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { NotFound } from '@/lib/errors';
import { reactivateVendorAction, suspendVendorAction } from '@/lib/actions/admin/vendors';

export const metadata: Metadata = { title: 'Vendor' };

const LISTING_STATES = ['PUBLISHED', 'DRAFT', 'UNPUBLISHED', 'ARCHIVED'] as const;

export default async function AdminVendorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor: operator } = await operatorPage(`/admin/vendors/${id}`);
  const { vendor, listingCounts, bookingCount } = await vendorDetail(prisma, operator, id).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const audit = await auditOf(prisma, operator, 'Vendor', vendor.id);
  const suspended = vendor.status === 'SUSPENDED';

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-slate-500">
          <Link href="/admin/vendors" className="hover:underline">
            Vendors
          </Link>{' '}
          / {vendor.slug}
        </p>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold">
          {vendor.name} <VendorStatusBadge status={vendor.status} />
        </h1>
        <p className="text-sm text-slate-600">
          {vendor.contactEmail}
          {vendor.contactPhone ? ` · ${vendor.contactPhone}` : ''} · {vendor.timeZone} · {vendor.currency}
          {!suspended ? (
            <>
              {' · '}
              <Link href={`/v/${vendor.slug}`} className="text-brand-700 underline">
                Storefront
              </Link>
            </>
          ) : null}
        </p>
      </header>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-6">
          <Card>
            <h2 className="font-semibold">{suspended ? 'Reactivate' : 'Suspend'}</h2>
            {suspended ? (
              <div className="mt-3 space-y-4">
                <Alert tone="error">
                  Suspended since <Instant at={vendor.suspendedAt} />: {vendor.suspensionReason}. Its listings are hidden from customers and no new
                  bookings can be made; existing bookings are kept.
                </Alert>
                <ReasonActionForm
                  action={reactivateVendorAction}
                  input={{ vendorId: vendor.id }}
                  submitLabel="Reactivate business"
                  reasonLabel="Reason to reactivate"
                  done="Business reactivated: its published listings are back in the catalog."
                />
              </div>
            ) : (
              <div className="mt-3 space-y-3">
                <p className="text-sm text-slate-600">
                  Suspending hides every listing of this business from search, the home page and its storefront, and stops new bookings, every
                  business-side step and new payments (a payment that still arrives is refunded). Confirmed bookings are kept and can be managed here.
                </p>
                <ReasonActionForm
                  action={suspendVendorAction}
                  input={{ vendorId: vendor.id }}
                  choice={{
                    name: 'pending',
                    legend: 'Requests and bookings waiting for payment',
                    options: [
                      { value: 'keep', label: 'Keep them', hint: 'They expire as usual unless the business is reactivated in time.' },
                      { value: 'cancel', label: 'Cancel them now', hint: 'Each customer is told by email; anything already paid is refunded in full.' },
                    ],
                  }}
                  submitLabel="Suspend business"
                  reasonLabel="Reason to suspend"
                  variant="danger"
                  done="Business suspended: its listings are hidden."
                />
              </div>
            )}
          </Card>
          <Card>
            <div className="flex items-baseline justify-between gap-2">
              <h2 className="font-semibold">Latest bookings</h2>
              <Link href={`/admin/bookings?vendor=${vendor.id}`} className="text-sm text-brand-700 underline">
                See all bookings ({bookingCount})
              </Link>
            </div>
            {vendor.bookings.length === 0 ? (
              <p className="mt-3 text-sm text-slate-600">No bookings yet.</p>
            ) : (
              <div className="mt-3">
                <Table caption={`Latest bookings of ${vendor.name}`} head={['Reference', 'Listing', 'Total', 'Status']}>
                  {vendor.bookings.map((b) => (
                    <tr key={b.id}>
                      <td className={cell}>
                        <Link href={`/admin/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                          {b.reference}
                        </Link>
                      </td>
                      <td className={cell}>{b.listing.title}</td>
                      <td className={`${cell} tabular-nums`}>{formatMoney(b.totalAmount, b.currency)}</td>
                      <td className={cell}>
                        <StatusBadge status={b.status} />
                      </td>
                    </tr>
                  ))}
                </Table>
              </div>
            )}
          </Card>
          <Card>
            <h2 className="font-semibold">Audit trail</h2>
            <div className="mt-3">
              <AuditEntries entries={audit} />
            </div>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <div className="flex items-baseline justify-between gap-2">
              <h2 className="font-semibold">Listings</h2>
              <Link href={`/admin/listings?vendor=${vendor.id}`} className="text-sm text-brand-700 underline">
                See listings
              </Link>
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
              {LISTING_STATES.map((s) => (
                <div key={s}>
                  <dt className="text-slate-500">{s.toLowerCase()}</dt>
                  <dd className="font-semibold tabular-nums">{listingCounts[s] ?? 0}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card>
            <h2 className="font-semibold">Members</h2>
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {vendor.members.map((m) => (
                <li key={m.id} className="py-2">
                  <Link href={`/admin/users?q=${encodeURIComponent(m.user.email)}`} className="font-medium text-brand-700 underline">
                    {m.user.name}
                  </Link>{' '}
                  <span className="text-slate-500">({m.role.toLowerCase()})</span>
                  <span className="block text-xs text-slate-500">
                    {m.user.email}
                    {m.user.disabledAt ? ' · sign-in disabled' : ''}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
          <Card>
            <h2 className="font-semibold">Record</h2>
            <dl className="mt-3 space-y-1 text-sm">
              <div>
                <dt className="inline text-slate-500">Id: </dt>
                <dd className="inline font-mono text-xs">{vendor.id}</dd>
              </div>
              <div>
                <dt className="inline text-slate-500">Created: </dt>
                <dd className="inline">
                  <Instant at={vendor.createdAt} />
                </dd>
              </div>
              <div>
                <dt className="inline text-slate-500">Updated: </dt>
                <dd className="inline">
                  <Instant at={vendor.updatedAt} />
                </dd>
              </div>
            </dl>
          </Card>
        </div>
      </div>
    </div>
  );
}
