import Image from 'next/image';
import { LogoUploader } from '@/components/dashboard/image-uploaders';

/** The logo on the business profile: owners upload, replace or remove it; staff only see it. */
export function ProfileLogo({ logoUrl, vendorName, canEdit }: { logoUrl: string | null; vendorName: string; canEdit: boolean }) {
  if (canEdit) return <LogoUploader logoUrl={logoUrl} vendorName={vendorName} />;
  return (
    <div className="flex items-center gap-4">
      {logoUrl ? (
        <Image src={logoUrl} alt={`${vendorName} logo`} width={64} height={64} unoptimized className="h-16 w-16 rounded-xl border border-slate-200 object-cover" />
      ) : (
        <span aria-hidden="true" className="flex h-16 w-16 items-center justify-center rounded-xl border border-dashed border-slate-300 text-xl font-bold text-slate-400">
          {vendorName.slice(0, 1).toUpperCase()}
        </span>
      )}
      <p className="text-sm text-slate-600">{logoUrl ? 'The logo customers see.' : 'No logo yet.'} Only an owner can change it.</p>
    </div>
  );
}
