import 'server-only';
import type { Db } from '@/lib/db/prisma';
import type { ProfileInput } from './schemas';

// The signed-in person's own details. The time zone, when set, is the zone listing pages show
// times in besides the listing's own (lib/format/viewer-zone.ts).

export function myProfile(db: Db, userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true, phone: true, timeZone: true, emailVerifiedAt: true, passwordHash: true } });
}

export async function updateProfile(db: Db, userId: string, input: ProfileInput) {
  return db.user.update({
    where: { id: userId },
    data: { name: input.name, phone: input.phone ?? null, timeZone: input.timeZone ?? null },
    select: { name: true, phone: true, timeZone: true },
  });
}
