import '@/lib/validation/zod-config';
import { z } from 'zod';

// What a business sends its customers besides the booking emails themselves. Client-safe.
export const messagingSettingsSchema = z.object({
  reminderHours: z.coerce.number({ error: 'Enter a number of hours' }).int('Whole hours only').min(0, '0 turns reminders off').max(168, 'At most 168 hours (a week)'),
  smsEnabled: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
});
export type MessagingSettingsFormValues = z.input<typeof messagingSettingsSchema>;
export type MessagingSettings = z.output<typeof messagingSettingsSchema>;
