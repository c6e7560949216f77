import type { VendorProfile } from '@/lib/business/profile';

/** The business profile as staff see it: read only. */
export function ProfileDetails({ vendor }: { vendor: VendorProfile }) {
  const country = vendor.country ? (new Intl.DisplayNames(['en'], { type: 'region' }).of(vendor.country) ?? vendor.country) : null;
  const rows: Array<[string, string | null]> = [
    ['Business name', vendor.name],
    ['Storefront address', `/v/${vendor.slug}`],
    ['Description', vendor.description || null],
    ['Contact email', vendor.contactEmail],
    ['Contact phone', vendor.contactPhone],
    ['Address', [vendor.address, vendor.city, country].filter(Boolean).join(', ') || null],
    ['Time zone', vendor.timeZone],
    ['Currency', vendor.currency],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line text-slate-900">{value ?? <span className="text-slate-500">Not set</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
