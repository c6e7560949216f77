import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/bookings/status-badge';
import { CollapsiblePanel } from '@/components/ui/collapsible-panel';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input, Select } from '@/components/ui/field';
import { BookingStepButtons } from '@/components/dashboard-bookings/booking-step-buttons';
import { bookingInbox, openRequests } from '@/lib/business/booking-inbox';
import { vendorBookingStepAction } from '@/lib/actions/business/bookings';
import { memberPage } from '@/lib/auth/current-actor';
import { prisma } from '@/lib/db/prisma';
import { formatMoney } from '@/lib/domain/money';
import { formatDeadline, formatRange } from '@/lib/format/date-time';
import { BookingStatus } from '@/lib/generated/prisma/enums';

export const metadata: Metadata = { title: 'Bookings' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookingInboxPage({ searchParams }: Props) {
  const { vendor } = await memberPage('/dashboard/bookings');
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const [inbox, requests] = await Promise.all([bookingInbox(prisma, vendor.id, raw), openRequests(prisma, vendor.id)]);
  // On top of the plain list (not of a search or a later page): what waits for an answer.
  const answering = requests.length > 0 && !raw.page && !raw.q && (!raw.status || raw.status === 'REQUESTED');
  const { filters } = inbox;
  const filtering = ['q', 'status', 'listing', 'from', 'to'].filter((key) => raw[key]).length;
  const pageHref = (page: number) => `/dashboard/bookings?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1])), page: String(page) })}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <p className="text-sm text-slate-500">
            <Link href="/dashboard" className="hover:underline">
              {vendor.name}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">Bookings</h1>
        </div>
        <p className="text-sm text-slate-600" role="status" data-testid="inbox-count">
          {inbox.total} {inbox.total === 1 ? 'booking' : 'bookings'}
        </p>
      </div>
      {answering ? (
        <section aria-labelledby="requests-title" className="space-y-3 rounded-2xl border border-amber-200 bg-amber-50 p-4">
          <h2 id="requests-title" className="text-lg font-semibold text-amber-950">
            Requests to answer ({requests.length})
          </h2>
          <ul className="divide-y divide-amber-200">
            {requests.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start justify-between gap-3 py-3" aria-label={`Request ${r.reference}`}>
                <div className="min-w-0 text-sm">
                  <Link href={`/dashboard/bookings/${r.id}`} className="font-medium text-brand-700 underline">
                    {r.reference}
                  </Link>{' '}
                  · {r.contactName} · {r.listing.title}
                  <span className="block text-slate-600">{formatRange(r.startAt, r.endAt, r.timeZone)}</span>
                  <span className="block text-xs text-amber-900">Answer by {formatDeadline(r.holdExpiresAt!, r.timeZone)}, or it lapses.</span>
                </div>
                <BookingStepButtons
                  bookingId={r.id}
                  steps={[
                    { action: 'approve', label: 'Approve' },
                    { action: 'decline', label: 'Decline', needsReason: true, danger: true },
                  ]}
                  run={vendorBookingStepAction}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* On phones the bookings come first: the filters fold behind one button. */}
      <CollapsiblePanel
        label={filtering > 0 ? `Filters (${filtering})` : 'Filters'}
        openFrom="md"
        buttonClassName="w-full rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        panelClassName="mt-3 md:mt-0"
      >
        <form method="get" className="grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
          <Field id="i-q" label="Search">
            <Input id="i-q" name="q" defaultValue={filters.q} placeholder="Reference, name, email" />
          </Field>
          <Field id="i-status" label="Status">
            <Select id="i-status" name="status" defaultValue={filters.status ?? ''}>
              <option value="">Any status</option>
              {Object.values(BookingStatus).map((s) => (
                <option key={s} value={s}>
                  {s.replace('_', ' ').toLowerCase()}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="i-listing" label="Listing">
            <Select id="i-listing" name="listing" defaultValue={filters.listing ?? ''}>
              <option value="">All listings</option>
              {inbox.listings.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="i-from" label="From">
            <Input id="i-from" name="from" type="date" defaultValue={filters.from} />
          </Field>
          <Field id="i-to" label="To">
            <Input id="i-to" name="to" type="date" defaultValue={filters.to} />
          </Field>
          <div className="flex items-end">
            <button type="submit" className="w-full rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              Filter
            </button>
          </div>
        </form>
      </CollapsiblePanel>
      {inbox.bookings.length === 0 ? (
        <EmptyState title="No bookings match">Change the filters, or share your storefront to get the first ones.</EmptyState>
      ) : (
        <div className="sm:overflow-x-auto sm:rounded-2xl sm:border sm:border-slate-200 sm:bg-white">
          <table className="stack-table w-full text-left text-sm sm:min-w-[40rem]">
            <caption className="sr-only">Bookings of {vendor.name}</caption>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Reference</th>
                <th scope="col" className="px-4 py-3">Guest</th>
                <th scope="col" className="px-4 py-3">Listing and time ({inbox.timeZone})</th>
                <th scope="col" className="px-4 py-3">Total</th>
                <th scope="col" className="px-4 py-3">Status</th>
              </tr>
            </thead>
            <tbody className="sm:divide-y sm:divide-slate-100">
              {inbox.bookings.map((b) => (
                <tr key={b.id}>
                  <td data-label="Reference" className="px-4 py-3 font-medium">
                    <Link href={`/dashboard/bookings/${b.id}`} className="text-brand-700 underline">
                      {b.reference}
                    </Link>
                  </td>
                  <td data-label="Guest" className="px-4 py-3">
                    {b.contactName}
                    <span className="block text-xs text-slate-500">{b.contactEmail}</span>
                  </td>
                  <td data-label="Listing and time" className="px-4 py-3">
                    {b.listing.title}
                    <span className="block text-xs text-slate-500">{formatRange(b.startAt, b.endAt, b.timeZone)}</span>
                  </td>
                  <td data-label="Total" className="px-4 py-3 tabular-nums">{formatMoney(b.totalAmount, b.currency)}</td>
                  <td data-label="Status" className="px-4 py-3">
                    <StatusBadge status={b.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {inbox.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {inbox.page > 1 ? <Link href={pageHref(inbox.page - 1)}>Previous</Link> : <span />}
          <span>
            Page {inbox.page} of {inbox.pageCount}
          </span>
          {inbox.page < inbox.pageCount ? <Link href={pageHref(inbox.page + 1)}>Next</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}
