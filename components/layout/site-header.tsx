import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { signOutAction } from '@/lib/actions/auth';
import { CartLink } from '@/components/cart/cart-link';
import { NotificationsLink } from '@/components/notifications/notifications-link';
import { CollapsiblePanel } from '@/components/ui/collapsible-panel';

export async function SiteHeader() {
  const user = await getCurrentUser();
  const vendor = user?.memberships[0]?.vendor;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          Bookwell
        </Link>
        {/* On phones the links fold behind one Menu button, so the header stays one row. */}
        <CollapsiblePanel
          label="Menu"
          openFrom="lg"
          buttonClassName="rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
          panelClassName="basis-full lg:basis-auto"
        >
          <nav aria-label="Main" className="flex flex-col gap-1 text-sm lg:flex-row lg:flex-wrap lg:items-center">
            <Link href="/search" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
              Explore
            </Link>
            <CartLink />
            {user ? (
              <>
                {vendor ? (
                  <Link href="/dashboard" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                    Dashboard
                  </Link>
                ) : null}
                {user.role === 'OPERATOR' ? (
                  <Link href="/admin" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                    Admin
                  </Link>
                ) : null}
                <NotificationsLink />
                <Link href="/account" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                  <span className="sr-only">Account of </span>
                  {user.name}
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                    Sign out
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link href="/signup/vendor" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                  List your business
                </Link>
                <Link href="/signin" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
                  Sign in
                </Link>
                <Link href="/signup" className="rounded-lg bg-brand-600 px-3 py-2 font-semibold text-white hover:bg-brand-700">
                  Sign up
                </Link>
              </>
            )}
          </nav>
        </CollapsiblePanel>
      </div>
    </header>
  );
}
