'use server';

import { revalidatePath } from 'next/cache';
import { updateBookingSettings } from '@/lib/business/booking-settings';
import { bookingSettingsSchema } from '@/lib/business/booking-settings-schema';
import { updateMessagingSettings } from '@/lib/business/messaging';
import { messagingSettingsSchema } from '@/lib/business/messaging-schema';
import { updateProfile } from '@/lib/business/profile';
import { profileSchema } from '@/lib/business/profile-schema';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';

export const updateProfileAction = memberAction(profileSchema, async (data, { actor }) => ({ slug: (await updateProfile(prisma, actor, data)).slug }), {
  ownerOnly: 'edit the business profile',
  after: () => revalidatePath('/', 'layout'), // the storefront, search and the dashboard show these values
});

export const updateMessagingSettingsAction = memberAction(messagingSettingsSchema, async (data, { actor }) => updateMessagingSettings(prisma, actor, data), {
  ownerOnly: 'change customer messages',
  after: () => revalidatePath('/dashboard/profile'),
});

export const updateBookingSettingsAction = memberAction(bookingSettingsSchema, async (data, { actor }) => updateBookingSettings(prisma, actor, data), {
  ownerOnly: 'change payment and check-in settings',
  after: () => revalidatePath('/dashboard/profile'),
});
