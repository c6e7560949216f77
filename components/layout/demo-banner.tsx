import { isDemoMode } from '@/lib/config/demo-mode';
import { DEMO_PASSWORD } from '@/lib/seed/demo-catalog';

/** On every page of a demo deployment: nothing here is real, and nobody should pay with a real card. */
export function DemoBanner() {
  if (!isDemoMode()) return null;
  return (
    <p role="note" data-testid="demo-banner" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      <strong>Demo site.</strong> The businesses, accounts and payments here are pretend (demo accounts use the password{' '}
      <code>{DEMO_PASSWORD}</code>). Never enter real card details.
    </p>
  );
}
