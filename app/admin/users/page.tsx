import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, Instant, PageHeader, Pager, RowAction, Table, cell, flatParams, FilterSelect } from '@/components/admin/list-parts';
import { ReasonActionForm } from '@/components/admin/reason-action-form';
import { Badge } from '@/components/admin/status-badges';
import { EmptyState } from '@/components/ui/empty-state';
import { Field, Input } from '@/components/ui/field';
import { operatorPage } from '@/lib/auth/current-actor';
import { listUsers } from '@/lib/admin/users';
import { prisma } from '@/lib/db/prisma';
import { setUserSignInAction } from '@/lib/actions/admin/users';

export const metadata: Metadata = { title: 'Users' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const { actor: operator } = await operatorPage('/admin/users');
  const params = await flatParams(searchParams);
  const list = await listUsers(prisma, operator, params);
  return (
    <div className="space-y-6">
      <PageHeader title="Users" count={list.total} noun={['account', 'accounts']}>
        <p className="mt-1 text-sm text-slate-600">Disabling an account stops its sign-in at once; its bookings and memberships are kept.</p>
      </PageHeader>
      <FilterForm path="/admin/users" label="Filter users">
        <div className="sm:col-span-2">
          <Field id="u-q" label="Search">
            <Input id="u-q" name="q" type="search" defaultValue={list.filters.q} placeholder="Email or name" />
          </Field>
        </div>
        <FilterSelect
          id="u-role"
          label="Role"
          name="role"
          value={list.filters.role}
          any="Any role"
          choices={[
            { value: 'CUSTOMER', label: 'Customer' },
            { value: 'OPERATOR', label: 'Operator' },
          ]}
        />
        <FilterSelect
          id="u-state"
          label="Sign-in"
          name="state"
          value={list.filters.state}
          any="Enabled or disabled"
          choices={[
            { value: 'active', label: 'Enabled' },
            { value: 'disabled', label: 'Disabled' },
          ]}
        />
      </FilterForm>
      {list.rows.length === 0 ? (
        <EmptyState title="No accounts match">Change the search or clear the filters.</EmptyState>
      ) : (
        <Table caption="Accounts, newest first" head={['Person', 'Role', 'Businesses', 'Bookings', 'Joined', 'Sign-in']}>
          {list.rows.map((u) => (
            <tr key={u.id}>
              <td className={cell}>
                <span className="font-medium">{u.name}</span>
                <span className="block text-xs text-slate-500">{u.email}</span>
              </td>
              <td className={cell}>{u.role === 'OPERATOR' ? <Badge tone="wait">operator</Badge> : 'customer'}</td>
              <td className={cell}>
                {u.memberships.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  u.memberships.map((m) => (
                    <Link key={m.vendor.id} href={`/admin/vendors/${m.vendor.id}`} className="block text-brand-700 underline">
                      {m.vendor.name} ({m.role.toLowerCase()})
                    </Link>
                  ))
                )}
              </td>
              <td className={`${cell} tabular-nums`}>{u._count.bookings}</td>
              <td className={cell}>
                <Instant at={u.createdAt} />
              </td>
              <td className={cell}>
                {u.disabledAt ? (
                  <div className="space-y-2">
                    <Badge tone="bad">disabled</Badge>
                    <span className="block text-xs text-slate-500">
                      since <Instant at={u.disabledAt} />
                    </span>
                    <RowAction summary="Re-enable…">
                      <ReasonActionForm action={setUserSignInAction} input={{ userId: u.id, disabled: false }} submitLabel="Re-enable sign-in" reasonLabel={`Reason to re-enable ${u.email}`} done="Sign-in enabled." />
                    </RowAction>
                  </div>
                ) : u.id === operator.userId ? (
                  <span className="text-sm text-slate-500">You</span>
                ) : (
                  <RowAction summary="Disable…">
                    <ReasonActionForm
                      action={setUserSignInAction}
                      input={{ userId: u.id, disabled: true }}
                      submitLabel="Disable sign-in"
                      reasonLabel={`Reason to disable ${u.email}`}
                      variant="danger"
                      done="Sign-in disabled."
                    />
                  </RowAction>
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      <Pager path="/admin/users" params={params} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
