'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { signOut } from '@/lib/auth/auth';
import { deleteAccount } from '@/lib/account/delete-account';
import { requestEmailChange } from '@/lib/account/email-change';
import { requestPasswordReset, PASSWORD_RESET_RATE_LIMIT, resetPassword } from '@/lib/account/password-reset';
import { updateProfile } from '@/lib/account/profile';
import { deleteAccountSchema, emailChangeSchema, forgotPasswordSchema, profileSchema, resetPasswordSchema } from '@/lib/account/schemas';
import { prisma } from '@/lib/db/prisma';
import { customerAction, publicAction } from '@/lib/http/actions';
import { deliverOutboxSoon } from '@/lib/outbox/deliver-soon';

// Account settings (/account/settings) and the password reset pages: each parses, calls one service.

export const updateProfileAction = customerAction(profileSchema, (input, { user }) => updateProfile(prisma, user.id, input), {
  after: () => revalidatePath('/', 'layout'),
});

export const requestEmailChangeAction = customerAction(emailChangeSchema, (input, { user }) => requestEmailChange(prisma, user.id, input), {
  rateLimit: { name: 'email-change', limit: 10, windowSeconds: 60 * 60 },
  after: () => deliverOutboxSoon(),
});

export const deleteAccountAction = customerAction(deleteAccountSchema, (input, { user }) => deleteAccount(prisma, user.id, input.password), {
  rateLimit: { name: 'delete-account', limit: 10, windowSeconds: 60 * 60 },
  after: async () => {
    await signOut({ redirect: false });
    redirect('/signin?deleted=1');
  },
});

export const forgotPasswordAction = publicAction(forgotPasswordSchema, ({ email }) => requestPasswordReset(prisma, email), {
  rateLimit: PASSWORD_RESET_RATE_LIMIT,
  after: () => deliverOutboxSoon(),
});

export const resetPasswordAction = publicAction(resetPasswordSchema, ({ token, password }) => resetPassword(prisma, token, password), {
  rateLimit: PASSWORD_RESET_RATE_LIMIT,
});
