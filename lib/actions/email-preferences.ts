'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { prisma } from '@/lib/db/prisma';
import { OPTIONAL_EMAIL_KINDS, emailFromPreferencesToken, setEmailPreference, setSmsConsent } from '@/lib/email/preferences';
import { NotFound } from '@/lib/errors';
import { formAction, publicAction } from '@/lib/http/actions';

const schema = z.object({ token: z.string().min(10).max(500), kind: z.enum(OPTIONAL_EMAIL_KINDS), wanted: z.enum(['on', 'off']) });

/** Turns one kind of non-essential email on or off for the address the signed link names. */
export const setEmailPreferenceAction = formAction(
  publicAction(schema, async ({ token, kind, wanted }) => {
    const email = emailFromPreferencesToken(token);
    if (!email) throw new NotFound('This link is not valid.');
    await setEmailPreference(prisma, email, kind, wanted === 'on');
  }, { after: () => revalidatePath('/email-preferences/[token]', 'page') }),
);

const smsSchema = z.object({ token: z.string().min(10).max(500), wanted: z.enum(['on', 'off']) });

/** Opts the address's bookings in to (or out of) booking texts at their phone number. */
export const setSmsConsentAction = formAction(
  publicAction(smsSchema, async ({ token, wanted }) => {
    const email = emailFromPreferencesToken(token);
    if (!email) throw new NotFound('This link is not valid.');
    await setSmsConsent(prisma, email, wanted === 'on');
  }, { after: () => revalidatePath('/email-preferences/[token]', 'page') }),
);
