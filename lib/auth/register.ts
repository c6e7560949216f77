import 'server-only';
import { hashPassword } from '@/lib/auth/password';
import type { Db } from '@/lib/db/prisma';
import { isUniqueViolation } from '@/lib/db/errors';
import { Conflict, ValidationFailed } from '@/lib/errors';
import { requestEmailVerification } from './email-verification';
import type { CustomerSignUpInput, VendorSignUpInput } from './schemas';

/** Sign-ups per client address, the same for the web forms and the API. */
export const SIGN_UP_RATE_LIMIT = { name: 'signup', limit: 20, windowSeconds: 60 * 60 };

const EMAIL_TAKEN = 'An account with this email already exists. Sign in instead.';
const SLUG_TAKEN = 'This storefront address is taken. Try another one.';
// The same field error as the business profile gives (lib/business/profile.ts), next to the field.
const slugTakenError = () => new ValidationFailed(SLUG_TAKEN, { slug: ['This address is taken'] });

export async function registerCustomer(db: Db, input: CustomerSignUpInput) {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new Conflict(EMAIL_TAKEN);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, phone: input.phone, passwordHash } });
      await requestEmailVerification(tx, user.id);
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(EMAIL_TAKEN); // a parallel sign-up won the race
    throw error;
  }
}

/** Creates the owner's account, the vendor and its storefront slug in one transaction. */
export async function registerVendor(db: Db, input: VendorSignUpInput) {
  const [emailTaken, slugTaken] = await Promise.all([
    db.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    db.vendor.findUnique({ where: { slug: input.slug }, select: { id: true } }),
  ]);
  if (emailTaken) throw new Conflict(EMAIL_TAKEN);
  if (slugTaken) throw slugTakenError();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, phone: input.phone, passwordHash } });
      await requestEmailVerification(tx, user.id);
      const vendor = await tx.vendor.create({
        data: {
          name: input.businessName,
          slug: input.slug,
          contactEmail: input.email,
          contactPhone: input.phone,
          timeZone: input.timeZone,
          currency: input.currency,
          members: { create: { userId: user.id, role: 'OWNER' } },
        },
      });
      return { user, vendor };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'slug')) throw slugTakenError();
    if (isUniqueViolation(error)) throw new Conflict(EMAIL_TAKEN);
    throw error;
  }
}
