import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>Bookwell — open-source booking for rentals, tours and appointments.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/signup/vendor" className="hover:text-slate-900">
            For businesses
          </Link>
          {/* A plain link: the reference is a static page served by a route handler, not a React page. */}
          <a href="/docs/api" className="hover:text-slate-900">
            API
          </a>
          <Link href="/signin" className="hover:text-slate-900">
            Sign in
          </Link>
        </nav>
      </div>
    </footer>
  );
}
