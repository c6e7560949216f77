'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { RateLimitedSignIn, signIn, signOut } from '@/lib/auth/auth';
import { landingPathFor } from '@/lib/auth/landing';
import { registerCustomer, registerVendor, SIGN_UP_RATE_LIMIT } from '@/lib/auth/register';
import { customerSignUpSchema, signInSchema, vendorSignUpSchema } from '@/lib/auth/schemas';
import { prisma } from '@/lib/db/prisma';
import { RateLimited, Unauthenticated } from '@/lib/errors';
import { formAction, publicAction } from '@/lib/http/actions';
import { safeRedirect } from '@/lib/http/safe-redirect';

// Sign-in and sign-up. A form may name where to go next (`redirectTo`, e.g. back to an invitation);
// only paths on this site are followed.

const SIGN_UPS = SIGN_UP_RATE_LIMIT;
const redirectTo = { redirectTo: z.string().max(2000).optional() };

async function signInWithPassword(email: string, password: string): Promise<void> {
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // "Too many failed sign-ins. Try again in N minutes." — said at once, the request is never held.
    if (error instanceof RateLimitedSignIn) throw error.limited;
    if ('code' in error && error.code === 'rate_limited') throw new RateLimited('Too many failed sign-ins. Try again in a few minutes.', 15 * 60);
    throw new Unauthenticated('Wrong email or password.');
  }
}

export const signInAction = publicAction(
  signInSchema.extend(redirectTo),
  async ({ email, password }) => {
    await signInWithPassword(email, password);
    return landingPathFor(prisma, email);
  },
  { after: (landing, { redirectTo }) => redirect(safeRedirect(redirectTo, landing)) },
);

/** The account exists once registered: a failed automatic sign-in sends the person to sign in by hand. */
async function signInNewAccount(email: string, password: string, next: string): Promise<never> {
  await signInWithPassword(email, password).catch(() => redirect(`/signin?callbackUrl=${encodeURIComponent(next)}`));
  redirect(next);
}

export const signUpCustomerAction = publicAction(customerSignUpSchema.extend(redirectTo), (data) => registerCustomer(prisma, data), {
  rateLimit: SIGN_UPS,
  after: (_, { email, password, redirectTo }) => signInNewAccount(email, password, safeRedirect(redirectTo, '/account?welcome=1')),
});

export const signUpVendorAction = publicAction(vendorSignUpSchema, (data) => registerVendor(prisma, data), {
  rateLimit: SIGN_UPS,
  after: (_, { email, password }) => signInNewAccount(email, password, '/dashboard?welcome=1'),
});

export const signOutAction = formAction(
  publicAction(z.unknown(), async () => {
    await signOut({ redirectTo: '/' });
  }),
);
