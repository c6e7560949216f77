import { Photo } from '@/components/ui/photo';
import { Rating } from '@/components/catalog/rating';

export type StorefrontHeaderVendor = {
  name: string;
  description: string;
  logoUrl?: string | null;
  address: string | null;
  city: string | null;
  contactEmail: string;
  contactPhone: string | null;
  timeZone: string;
  ratingAvg: unknown; // Prisma Decimal
  ratingCount: number;
};

/** The top of a storefront (/v/[slug]); the business profile page shows the same header as a preview. */
export function StorefrontHeader({ vendor, headingLevel = 1 }: { vendor: StorefrontHeaderVendor; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <header className="rounded-2xl border border-slate-200 bg-white p-6">
      <div className="flex items-start gap-4">
        {vendor.logoUrl ? (
          <Photo src={vendor.logoUrl} alt={`${vendor.name} logo`} width={64} height={64} className="h-16 w-16 shrink-0 rounded-xl border border-slate-200 object-cover" />
        ) : null}
        <div>
          <Heading className="text-2xl font-bold">{vendor.name}</Heading>
          <p className="mt-1 text-sm text-slate-500">{[vendor.address, vendor.city].filter(Boolean).join(', ')}</p>
          <div className="mt-2">
            <Rating average={Number(vendor.ratingAvg)} count={vendor.ratingCount} />
          </div>
        </div>
      </div>
      <p className="mt-4 max-w-3xl whitespace-pre-line text-slate-700">{vendor.description}</p>
      <dl className="mt-4 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="inline text-slate-500">Email: </dt>
          <dd className="inline">
            <a className="text-brand-700 underline" href={`mailto:${vendor.contactEmail}`}>
              {vendor.contactEmail}
            </a>
          </dd>
        </div>
        {vendor.contactPhone ? (
          <div>
            <dt className="inline text-slate-500">Phone: </dt>
            <dd className="inline">{vendor.contactPhone}</dd>
          </div>
        ) : null}
        <div>
          <dt className="inline text-slate-500">Time zone: </dt>
          <dd className="inline">{vendor.timeZone}</dd>
        </div>
      </dl>
    </header>
  );
}
