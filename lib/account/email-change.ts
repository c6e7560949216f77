import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { Conflict, NotFound, ValidationFailed } from '@/lib/errors';
import { useAccountToken } from './account-tokens';
import type { EmailChangeInput } from './schemas';

// Changing the sign-in email: the current password confirms it is the owner asking, and the
// account's email changes only once the new address opens the link sent to it.

export const EMAIL_CHANGE_TOPIC = 'account.change_email';
const TAKEN = 'Another account uses this email.';

export async function checkPassword(db: Db, userId: string, password: string): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new NotFound('Account not found.');
  if (!user.passwordHash || !(await verifyPassword(password, user.passwordHash))) throw new ValidationFailed('Your current password is not right.', { password: ['Wrong password'] });
}

export async function requestEmailChange(db: Db, userId: string, input: EmailChangeInput): Promise<{ sentTo: string }> {
  await checkPassword(db, userId, input.password);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (user.email === input.newEmail) throw new ValidationFailed('This is already your email.', { newEmail: ['This is already your email'] });
  if (await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } })) throw new ValidationFailed(TAKEN, { newEmail: [TAKEN] });
  await db.outboxMessage.create({ data: { topic: EMAIL_CHANGE_TOPIC, payload: { userId, newEmail: input.newEmail } } });
  return { sentTo: input.newEmail };
}

/** Opens the link: the address becomes the account's (verified), and its guest bookings join the account. */
export async function confirmEmailChange(db: Db, token: string, now = new Date()): Promise<{ userId: string; email: string; linkedBookings: number }> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await useAccountToken(tx, token, 'EMAIL_CHANGE', now);
      const email = row.newEmail!;
      await tx.user.update({ where: { id: row.userId }, data: { email, emailVerifiedAt: now } });
      const linked = await tx.booking.updateMany({ where: { customerId: null, contactEmail: { equals: email, mode: 'insensitive' } }, data: { customerId: row.userId } });
      return { userId: row.userId, email, linkedBookings: linked.count };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(`${TAKEN} Nothing was changed.`); // taken since the link was sent
    throw error;
  }
}
