import 'server-only';
import { DUMMY_HASH, verifyPassword } from '@/lib/auth/password';
import { prisma } from '@/lib/db/prisma';
import { consumeRateLimit } from '@/lib/rate-limit';
import type { SignInInput } from './schemas';

/** The user for these credentials, or null (also when an operator disabled the account). Rate-limited per email and per client address. */
export async function authenticate({ email, password }: SignInInput, clientAddress: string | null) {
  await consumeRateLimit(prisma, `signin:email:${email}`, { limit: 10, windowSeconds: 15 * 60 });
  if (clientAddress) await consumeRateLimit(prisma, `signin:ip:${clientAddress}`, { limit: 50, windowSeconds: 15 * 60 });
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  return user && user.passwordHash && valid && !user.disabledAt ? user : null;
}
