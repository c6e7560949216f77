import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { MemberActor } from '@/lib/domain/actor';
import { parseInput } from '@/lib/booking/parse';
import { messagingSettingsSchema, type MessagingSettings } from './messaging-schema';
import { requireOwner } from './ownership';

/** The business's reminder lead time (0 = none) and whether it texts customers who opted in. */
export function messagingSettings(db: Db, actor: MemberActor): Promise<MessagingSettings> {
  return db.vendor.findUniqueOrThrow({ where: { id: actor.vendorId }, select: { reminderHours: true, smsEnabled: true } });
}

/** Owners only, like the rest of the profile. */
export async function updateMessagingSettings(db: Db, actor: MemberActor, input: unknown): Promise<MessagingSettings> {
  requireOwner(actor, 'change customer messages');
  const settings = parseInput(messagingSettingsSchema, input);
  return db.vendor.update({ where: { id: actor.vendorId }, data: settings, select: { reminderHours: true, smsEnabled: true } });
}
