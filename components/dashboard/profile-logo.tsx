import Image from 'next/image';

// PLACEHOLDER until components/dashboard/logo-uploader.tsx (LogoUploader, built with the image
// uploads) lands: shows the current logo only. Swap the owner branch for
// <LogoUploader logoUrl={logoUrl} vendorName={vendorName} /> then.
export function ProfileLogo({ logoUrl, vendorName, canEdit }: { logoUrl: string | null; vendorName: string; canEdit: boolean }) {
  return (
    <div className="flex items-center gap-4">
      {logoUrl ? (
        <Image src={logoUrl} alt={`${vendorName} logo`} width={64} height={64} unoptimized className="h-16 w-16 rounded-xl border border-slate-200 object-cover" />
      ) : (
        <span aria-hidden="true" className="flex h-16 w-16 items-center justify-center rounded-xl border border-dashed border-slate-300 text-xl font-bold text-slate-400">
          {vendorName.slice(0, 1).toUpperCase()}
        </span>
      )}
      <p className="text-sm text-slate-600">
        {logoUrl ? 'Your logo, as customers see it.' : 'No logo yet.'}{' '}
        {canEdit ? 'Logo upload is coming soon.' : 'Only an owner can change it.'}
      </p>
    </div>
  );
}
