import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { parseInput } from '@/lib/booking/parse';
import { bookingSettingsSchema, type BookingSettings } from './booking-settings-schema';
import { requireOwner } from './ownership';

const select = { manualPaymentInstructions: true, manualPaymentReferenceFormat: true, manualPaymentHoldMinutes: true, requireCheckIn: true, autoCompleteAfterMinutes: true } as const;

/** Bank-transfer instructions, reference format and hold; whether customers are checked in; when ended bookings complete. */
export function bookingSettings(db: Db, actor: MemberActor): Promise<BookingSettings> {
  return db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select });
}

/** Owners only, like the rest of the profile. */
export async function updateBookingSettings(db: Db, actor: MemberActor, input: unknown): Promise<BookingSettings> {
  requireOwner(actor, 'change payment and check-in settings');
  const settings = parseInput(bookingSettingsSchema, input);
  return db.vendor.update({ where: { id: actor.vendorId }, data: settings, select });
}
