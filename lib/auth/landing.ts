import 'server-only';
import type { Db } from '@/lib/db/prisma';

/**
 * Where a person lands after signing in without a page to return to: operators in the console,
 * members of a business on their dashboard (that is what they came to run), everyone else on
 * their account.
 */
export async function landingPathFor(db: Db, email: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { role: true, _count: { select: { memberships: true } } } });
  if (user?.role === 'OPERATOR') return '/admin';
  return user && user._count.memberships > 0 ? '/dashboard' : '/account';
}
