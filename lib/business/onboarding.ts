import 'server-only';
import type { Db } from '@/lib/db/prisma';

// The "get your storefront ready" checklist on the dashboard overview: what a new business still
// has to do, each step linking to where it is done. Computed from the data, never stored.

export type OnboardingStep = { key: string; label: string; hint: string; href: string; done: boolean; optional: boolean };

export async function onboardingChecklist(db: Db, vendorId: string) {
  const [vendor, listings, published, members, invitations] = await Promise.all([
    db.vendor.findUniqueOrThrow({ where: { id: vendorId }, select: { description: true, contactEmail: true, contactPhone: true, address: true, city: true, country: true, logoUrl: true } }),
    db.listing.count({ where: { vendorId } }),
    db.listing.count({ where: { vendorId, status: 'PUBLISHED' } }),
    db.vendorMember.count({ where: { vendorId } }),
    db.vendorInvitation.count({ where: { vendorId, revokedAt: null } }),
  ]);
  const details = Boolean(vendor.description.trim() && vendor.contactEmail && vendor.contactPhone && vendor.address && vendor.city && vendor.country);
  const steps: OnboardingStep[] = [
    { key: 'details', label: 'Complete your business details', hint: 'A description, a contact phone and your address.', href: '/dashboard/profile', done: details, optional: false },
    { key: 'logo', label: 'Add your logo', hint: 'Shown on your storefront.', href: '/dashboard/profile', done: Boolean(vendor.logoUrl), optional: false },
    { key: 'listing', label: 'Create your first listing', hint: 'A rental, a session or an appointment.', href: '/dashboard/listings/new', done: listings > 0, optional: false },
    { key: 'published', label: 'Publish a listing', hint: 'Customers can find and book it.', href: '/dashboard/listings', done: published > 0, optional: false },
    { key: 'team', label: 'Invite your team', hint: 'Optional: staff can answer bookings with you.', href: '/dashboard/team', done: members > 1 || invitations > 0, optional: true },
  ];
  const required = steps.filter((step) => !step.optional);
  return { steps, doneCount: required.filter((step) => step.done).length, requiredCount: required.length, complete: required.every((step) => step.done) };
}
