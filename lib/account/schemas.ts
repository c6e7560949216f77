import '@/lib/validation/zod-config';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { email, optionalPhone, optionalText, timeZoneName } from '@/lib/validation/fields';

// The self-service forms' inputs (client-safe: the forms validate with these too).

const newPassword = z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`).max(200);
const currentPassword = z.string().min(1, 'Enter your current password').max(200);

export const profileSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(120),
  phone: optionalPhone,
  // Empty: show times in each listing's own zone.
  timeZone: z.preprocess((value) => (value === '' ? undefined : value), timeZoneName.optional()),
});

export const emailChangeSchema = z.object({ newEmail: email, password: currentPassword });
export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z.object({ token: z.string().max(200), password: newPassword });
export const deleteAccountSchema = z.object({ password: currentPassword, confirm: optionalText(20) });

export type ProfileInput = z.infer<typeof profileSchema>;
export type EmailChangeInput = z.infer<typeof emailChangeSchema>;
