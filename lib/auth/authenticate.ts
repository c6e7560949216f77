import 'server-only';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/prisma';
import { claimSignInAttempt, signInFailed, signInSucceeded } from './sign-in-throttle';
import type { SignInInput } from './schemas';

/**
 * The user for these credentials, or null (also when an operator disabled the account). Failed
 * tries slow down this account from this address only (RateLimited, at once); a right password
 * stored with another bcrypt cost (an older hash) is re-hashed.
 */
export async function authenticate({ email, password }: SignInInput, clientAddress: string | null) {
  await claimSignInAttempt(prisma, email, clientAddress);
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !valid || user.disabledAt) {
    await signInFailed(prisma, clientAddress);
    return null;
  }
  await signInSucceeded(prisma, email, clientAddress);
  if (needsRehash(user.passwordHash)) {
    // Only if nobody changed the password meanwhile.
    await prisma.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: await hashPassword(password) } });
  }
  return user;
}
