import { notFound, redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { Forbidden, Unauthenticated } from '@/lib/errors';
import type { OperatorActor } from './operator';

/**
 * The signed-in operator for console pages and actions, re-read from the database on every request.
 * Pages: anonymous people go to sign-in, anyone else sees the not-found page (the console is not
 * advertised). Actions: a typed error the action result carries.
 */
export async function operatorContext(mode: { page: string } | 'action' = 'action'): Promise<{ operator: OperatorActor; email: string }> {
  const user = await getCurrentUser();
  if (mode === 'action') {
    if (!user) throw new Unauthenticated('Sign in to continue.');
    if (user.role !== 'OPERATOR') throw new Forbidden('Only platform operators can do this.');
  } else {
    if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(mode.page)}`);
    if (user.role !== 'OPERATOR') notFound();
  }
  return { operator: { type: 'OPERATOR', userId: user.id }, email: user.email };
}
