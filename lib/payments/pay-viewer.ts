import 'server-only';
import { getCurrentUser } from '@/lib/auth/current-user';
import type { PayViewer } from './pay-access';
import { readPayTokens } from './pay-cookie';

/** Who is looking at a pay return page: the signed-in person and the manage tokens of this browser's payments. */
export async function currentPayViewer(): Promise<PayViewer> {
  const [user, tokens] = await Promise.all([getCurrentUser(), readPayTokens()]);
  return { userId: user?.id ?? null, tokens };
}
