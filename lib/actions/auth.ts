'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { registerCustomer, registerVendor } from '@/lib/auth/register';
import { customerSignUpSchema, signInSchema, vendorSignUpSchema } from '@/lib/auth/schemas';
import { signIn, signOut } from '@/lib/auth/auth';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';
import { consumeRateLimit } from '@/lib/rate-limit';
import { safeRedirect } from '@/lib/http/safe-redirect';


async function signInOrExplain(email: string, password: string): Promise<string | null> {
  try {
    await signIn('credentials', { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      return 'code' in error && error.code === 'rate_limited'
        ? 'Too many sign-in attempts. Wait a few minutes and try again.'
        : 'Wrong email or password.';
    }
    throw error;
  }
}

export async function signInAction(input: unknown, redirectTo?: string): Promise<ActionResult> {
  const result = await runAction(signInSchema, input, async ({ email, password }) => signInOrExplain(email, password));
  if (!result.ok) return result;
  if (result.data) return { ok: false, code: 'INVALID_CREDENTIALS', message: result.data };
  redirect(safeRedirect(redirectTo, '/account'));
}

async function limitSignUps() {
  const address = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
  await consumeRateLimit(prisma, `signup:ip:${address}`, { limit: 20, windowSeconds: 60 * 60 });
}

export async function signUpCustomerAction(input: unknown, redirectTo?: string): Promise<ActionResult> {
  const result = await runAction(customerSignUpSchema, input, async (data) => {
    await limitSignUps();
    await registerCustomer(prisma, data);
    return signInOrExplain(data.email, data.password);
  });
  if (!result.ok) return result;
  redirect(safeRedirect(redirectTo, '/account?welcome=1')); // e.g. back to a team invitation
}

export async function signUpVendorAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(vendorSignUpSchema, input, async (data) => {
    await limitSignUps();
    await registerVendor(prisma, data);
    return signInOrExplain(data.email, data.password);
  });
  if (!result.ok) return result;
  redirect('/dashboard?welcome=1');
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}
