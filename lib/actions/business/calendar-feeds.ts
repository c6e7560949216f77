'use server';

import { revalidatePath } from 'next/cache';
import { vendorFeedScopeSchema } from '@/lib/calendars/feed-scope';
import { issueVendorFeed, revokeVendorFeed } from '@/lib/calendars/subscription-feeds';
import { prisma } from '@/lib/db/prisma';
import { memberAction } from '@/lib/http/actions';

// Subscription feeds of the business's bookings (all, one staff member's, one unit's): a new secret
// link (the old one stops working) or none. Any member may; staff and units of another business are "not found".

const refresh = () => revalidatePath('/dashboard', 'layout');

export const issueCalendarFeedAction = memberAction(vendorFeedScopeSchema, (scope, { actor }) => issueVendorFeed(prisma, actor, scope), { after: refresh });

export const revokeCalendarFeedAction = memberAction(vendorFeedScopeSchema, (scope, { actor }) => revokeVendorFeed(prisma, actor, scope), { after: refresh });
