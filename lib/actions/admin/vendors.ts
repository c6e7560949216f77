'use server';

import { revalidatePath } from 'next/cache';
import { operatorContext } from '@/lib/admin/operator-context';
import { vendorReasonSchema } from '@/lib/admin/schemas';
import { reactivateVendor, suspendVendor } from '@/lib/admin/vendors';
import { prisma } from '@/lib/db/prisma';
import { runAction, type ActionResult } from '@/lib/http/action-result';

// Operator actions on a business. The catalog pages read the vendor's status on each request.

export async function suspendVendorAction(input: unknown): Promise<ActionResult> {
  return runAction(vendorReasonSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await suspendVendor(prisma, operator, data);
    revalidatePath('/admin/vendors', 'layout');
    revalidatePath('/', 'layout'); // storefront, search and home drop its listings
    return undefined;
  });
}

export async function reactivateVendorAction(input: unknown): Promise<ActionResult> {
  return runAction(vendorReasonSchema, input, async (data) => {
    const { operator } = await operatorContext();
    await reactivateVendor(prisma, operator, data);
    revalidatePath('/admin/vendors', 'layout');
    revalidatePath('/', 'layout');
    return undefined;
  });
}
