import { ActionForm } from '@/components/forms/action-form';
import { Field, Input, Select } from '@/components/ui/field';
import { deleteAccountAction, requestEmailChangeAction, updateProfileAction } from '@/lib/actions/account-settings';

// The forms of /account/settings: server-rendered controls inside the small ActionForm.

type Profile = { name: string; email: string; phone: string | null; timeZone: string | null };

export function ProfileForm({ profile, timeZones }: { profile: Profile; timeZones: string[] }) {
  return (
    <ActionForm action={updateProfileAction} submitLabel="Save details" done="Your details are saved." labels={{ name: 'Name', phone: 'Phone', timeZone: 'Time zone' }}>
      <Field id="profile-name" label="Name">
        <Input id="profile-name" name="name" autoComplete="name" defaultValue={profile.name} required maxLength={120} />
      </Field>
      <Field id="profile-phone" label="Phone (optional)">
        <Input id="profile-phone" name="phone" type="tel" autoComplete="tel" defaultValue={profile.phone ?? ''} maxLength={40} />
      </Field>
      <Field id="profile-zone" label="Time zone" hint="Listing pages show times in this zone too when the listing is elsewhere.">
        <Select id="profile-zone" name="timeZone" defaultValue={profile.timeZone ?? ''} aria-describedby="profile-zone-hint">
          <option value="">Each listing’s own time zone</option>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </Select>
      </Field>
    </ActionForm>
  );
}

export function EmailChangeForm() {
  return (
    <ActionForm
      action={requestEmailChangeAction}
      submitLabel="Send confirmation link"
      pendingText="Sending…"
      done="We sent a link to the new address. Your email changes once you open it."
      labels={{ newEmail: 'New email', password: 'Current password' }}
    >
      <Field id="new-email" label="New email">
        <Input id="new-email" name="newEmail" type="email" autoComplete="email" required />
      </Field>
      <Field id="email-password" label="Current password">
        <Input id="email-password" name="password" type="password" autoComplete="current-password" required />
      </Field>
    </ActionForm>
  );
}

export function DeleteAccountForm() {
  return (
    <ActionForm action={deleteAccountAction} submitLabel="Delete my account" pendingText="Deleting…" variant="danger" labels={{ password: 'Current password' }}>
      <Field id="delete-password" label="Current password">
        <Input id="delete-password" name="password" type="password" autoComplete="current-password" required />
      </Field>
    </ActionForm>
  );
}
