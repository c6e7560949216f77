'use server';

import { revalidatePath } from 'next/cache';
import { vendorReasonSchema, vendorSuspensionSchema } from '@/lib/admin/schemas';
import { reactivateVendor, suspendVendor } from '@/lib/admin/vendors';
import { prisma } from '@/lib/db/prisma';
import { operatorAction } from '@/lib/http/actions';

// Operator actions on a business. The catalog pages read the vendor's status on each request.

const refresh = () => {
  revalidatePath('/admin/vendors', 'layout');
  revalidatePath('/', 'layout'); // storefront, search and home drop or regain its listings
};

export const suspendVendorAction = operatorAction(
  vendorSuspensionSchema,
  async (data, { actor }) => {
    await suspendVendor(prisma, actor, data);
  },
  { after: refresh },
);

export const reactivateVendorAction = operatorAction(
  vendorReasonSchema,
  async (data, { actor }) => {
    await reactivateVendor(prisma, actor, data);
  },
  { after: refresh },
);
